package org.conflictledger.strike.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictledger.integrity.EntityTags;
import org.conflictledger.integrity.Representation;
import org.conflictledger.security.SecurityProperties;
import org.conflictledger.strike.StrikeService;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The service's hottest read, {@code GET /api/v1/strikes/{id}}, answered right after the rate limit
 * when reads are open: the kept bytes and ETag of {@link StrikeService#representation}, the headers
 * the security chain writes on every API answer, 304 for a matching If-None-Match. It skips what such a
 * read does not need (the security chain, whose only verdict for an open read without a key is "allowed",
 * the dispatcher's handler look-up over every mapping, argument and return value handling), which cost
 * most of the CPU of the read. Anything else — a key to authenticate, a CORS request, an Accept that
 * JSON does not satisfy, an id that does not exist, a database failure — continues down the ordinary
 * chain to {@link StrikeController#get}, which answers the same bytes and tag ({@code StrikeByIdIT}).
 */
@Component
@Order(StrikeByIdFilter.ORDER)
class StrikeByIdFilter extends OncePerRequestFilter {

    /** After the rate limit (-110), before Spring Security's chain (-100). */
    static final int ORDER = -105;

    private static final String PREFIX = "/api/v1/strikes/";
    private static final String ROUTE = PREFIX + "{id}";

    /** What the security chain writes on an answer under /api (SecurityConfig). */
    static final Map<String, String> SECURITY_HEADERS = securityHeaders();

    private final StrikeService strikes;
    private final boolean openReads;

    StrikeByIdFilter(StrikeService strikes, SecurityProperties security) {
        this.strikes = strikes;
        this.openReads = security.openReads();
    }

    private static Map<String, String> securityHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-XSS-Protection", "0");
        headers.put(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
        headers.put(HttpHeaders.PRAGMA, "no-cache");
        headers.put(HttpHeaders.EXPIRES, "0");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        return java.util.Collections.unmodifiableMap(headers);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !openReads || !"GET".equals(request.getMethod()) || id(request.getRequestURI()) < 0
                || request.getHeader("X-API-Key") != null || request.getHeader(HttpHeaders.ORIGIN) != null
                || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Representation> strike;
        try {
            strike = strikes.representation(id(request.getRequestURI()));
        } catch (RuntimeException e) {
            strike = Optional.empty();   // the ordinary chain answers the failure as every request's
        }
        if (strike.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // the request metrics name the route as the controller's mapping would
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(ROUTE));
        // added, not set: none of them is there yet, and setHeader compares each with every header written
        SECURITY_HEADERS.forEach(response::addHeader);
        response.setHeader(HttpHeaders.ETAG, strike.get().etag());
        if (EntityTags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), strike.get().etag())) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        byte[] body = strike.get().body();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The id of {@code /api/v1/strikes/{id}}, or -1 for any other path. */
    private static long id(String path) {
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length() || path.length() > PREFIX.length() + 18) {
            return -1;
        }
        long id = 0;
        for (int i = PREFIX.length(); i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }

    private static boolean acceptsJson(String accept) {
        return accept == null || accept.contains("*/*") || accept.contains("application/json")
                || accept.contains("application/*");
    }
}
