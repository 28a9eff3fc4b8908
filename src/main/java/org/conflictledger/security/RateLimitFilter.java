package org.conflictledger.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictledger.common.ProblemResponses;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits {@code /api/**} with a Bucket4j token bucket per API key name, or per client address
 * for requests without a key or with an unknown one. Every answer carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining}, {@code RateLimit-Reset} (seconds until the budget is full again) and
 * {@code RateLimit-Policy}; a request over budget is 429 problem+json with {@code Retry-After}. Runs
 * before authentication, so that guessing keys spends the guesser's address budget. Cost per request:
 * one key digest (when a key is sent), one map look-up and one lock-free bucket update.
 */
@Component
@Order(-110)
class RateLimitFilter extends OncePerRequestFilter {

    /** Past this many tracked callers the table is cleared rather than allowed to grow without bound. */
    private static final int MAX_TRACKED = 100_000;

    private final RateLimitProperties properties;
    private final ProblemResponses problems;
    private final ApiKeys keys;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final String keyedPolicy;
    private final String anonymousPolicy;

    RateLimitFilter(RateLimitProperties properties, ProblemResponses problems, ApiKeys keys) {
        this.properties = properties;
        this.problems = problems;
        this.keys = keys;
        this.keyedPolicy = policy(properties.keyed());
        this.anonymousPolicy = policy(properties.anonymous());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // CORS preflights are answered by the browser's request, not the client's: never refuse them
        return !properties.enabled() || !request.getRequestURI().startsWith("/api/")
                || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        java.util.Optional<ApiKeyPrincipal> principal = keys.authenticate(request);
        boolean keyed = principal.isPresent();
        RateLimitProperties.Budget budget = keyed ? properties.keyed() : properties.anonymous();
        String caller = keyed ? "key:" + principal.get().name() : "ip:" + request.getRemoteAddr();
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(caller, c -> newBucket(budget));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        response.setHeader("RateLimit-Limit", Long.toString(budget.capacity()));
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        response.setHeader("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
        response.setHeader("RateLimit-Policy", keyed ? keyedPolicy : anonymousPolicy);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "This " + (keyed ? "API key" : "client address") + " has used its budget of " + budget.capacity()
                        + " requests per " + budget.period() + "; retry after " + retryAfter + " s.",
                Map.of("retryAfter", retryAfter));
    }

    private static Bucket newBucket(RateLimitProperties.Budget budget) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(budget.capacity())
                        .refillGreedy(budget.capacity(), budget.period()).build())
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    private static String policy(RateLimitProperties.Budget budget) {
        return budget.capacity() + ";w=" + Math.max(1, budget.period().toSeconds());
    }
}
