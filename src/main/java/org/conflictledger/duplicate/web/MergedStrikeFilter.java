package org.conflictledger.duplicate.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictledger.common.ProblemResponses;
import org.conflictledger.duplicate.DuplicateService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strike merged into another: a read of its id (or of anything under it) answers 308 to the survivor,
 * with {@code mergedInto} in the body for clients that do not follow redirects; a write to it answers 409
 * naming {@code mergedInto}. Runs after the security filters, so keys and roles are checked first. Looks
 * the id up only while some merge is in force (checked at most every few seconds while none is).
 */
@Component
class MergedStrikeFilter extends OncePerRequestFilter {

    private static final Pattern STRIKE_PATH = Pattern.compile("^/api/v1/strikes/(\\d{1,18})(/.*)?$");
    private final DuplicateService duplicates;
    private final ProblemResponses problems;

    MergedStrikeFilter(DuplicateService duplicates, ProblemResponses problems) {
        this.duplicates = duplicates;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = STRIKE_PATH.matcher(request.getRequestURI());
        if (!matcher.matches() || !duplicates.anyMerges()) {
            chain.doFilter(request, response);
            return;
        }
        long id = Long.parseLong(matcher.group(1));
        Long survivor = duplicates.mergedInto(id);
        if (survivor == null) {
            chain.doFilter(request, response);
            return;
        }
        String rest = matcher.group(2) == null ? "" : matcher.group(2);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("mergedInto", survivor);
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            String location = "/api/v1/strikes/" + survivor + rest
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.setHeader("Location", location);
            extra.put("location", location);
            problems.write(response, HttpStatus.PERMANENT_REDIRECT, "merged", "Strike merged",
                    "Strike " + id + " was merged into strike " + survivor + ".", extra);
            return;
        }
        problems.write(response, HttpStatus.CONFLICT, "merged", "Strike merged",
                "Strike " + id + " was merged into strike " + survivor + "; change strike " + survivor
                        + " instead (or undo the merge).", extra);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
