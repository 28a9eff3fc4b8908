package org.conflictledger.integrity;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictledger.common.ProblemResponses;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Conditional writes. A PUT, PATCH or DELETE of a resource under {@code /api/v1/{collection}/{id}} (or
 * of anything inside it: claims, transitions, party positions) that carries {@code If-Match} runs in
 * one transaction that first locks the resource's row and compares its version with the tags: a
 * mismatch is 412 and nothing runs; a match holds the lock until the write commits, so no one can
 * change the row in between. PATCH always runs that way, so its read-modify-write is atomic. With
 * {@code ledger.concurrency.require-if-match=true} a write without If-Match is 428.
 */
@Component
@Order(IdempotencyFilter.ORDER + 10)
class ConditionalRequestFilter extends OncePerRequestFilter {

    private static final Pattern ITEM = ConditionalWrites.ITEM;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    // the version column of each collection's row, locked until the request's transaction ends
    private static final Map<String, String> LOCK = Map.of(
            "strikes", "select version from strike where id = ? for update",
            "ceasefires", "select version from ceasefire where id = ? for update",
            "negotiations", "select version from negotiation_event where id = ? for update",
            "tracks", "select version from track where id = ? for update",
            "sources", "select version from source where id = ? for update",
            "parties", "select version from party where code = ? for update");

    private final RequestTransaction transaction;
    private final JdbcClient jdbc;
    private final ProblemResponses problems;
    private final IntegrityProperties.Concurrency properties;

    ConditionalRequestFilter(RequestTransaction transaction, JdbcClient jdbc, ProblemResponses problems,
            IntegrityProperties.Concurrency properties) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.problems = problems;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE"))
                || !request.getRequestURI().startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher item = ITEM.matcher(request.getRequestURI());
        if (!item.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch == null && properties.requireIfMatch()) {
            problems.write(response, HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                    "If-Match required", "This service requires If-Match on " + request.getMethod()
                            + ": read the resource, then send its ETag in If-Match.");
            return;
        }
        if (ifMatch == null && !request.getMethod().equals("PATCH")) {
            chain.doFilter(request, response);
            return;
        }
        String collection = item.group(1);
        Object id = collection.equals("parties") ? item.group(2).trim().toUpperCase(Locale.ROOT)
                : DIGITS.matcher(item.group(2)).matches() ? (Object) Long.valueOf(item.group(2)) : null;
        if (id == null) {
            chain.doFilter(request, response);   // not an id: the controller answers 400
            return;
        }
        transaction.run(response, (status, buffered) -> {
            Optional<Long> version = jdbc.sql(LOCK.get(collection)).param(id).query(Long.class).optional();
            if (version.isPresent() && ifMatch != null && !EntityTags.matches(ifMatch, version.get())) {
                problems.write(buffered, HttpStatus.PRECONDITION_FAILED, "precondition-failed",
                        "Precondition failed", "The resource has changed since the ETag in If-Match was read;"
                                + " read it again and reapply your change.");
                return;
            }
            chain.doFilter(request, buffered);
        });
    }
}
