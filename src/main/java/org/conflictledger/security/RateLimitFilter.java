package org.conflictledger.security;

import java.io.IOException;
import java.util.Map;

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
 * Rate limits {@code /api/**} with a token bucket per API key name, or per client address for
 * requests without a key or with an unknown one, shared by every instance on the database
 * ({@link SharedBudgets}). Every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining},
 * {@code RateLimit-Reset} (seconds until the budget is full again) and {@code RateLimit-Policy}; a
 * request over budget is 429 problem+json with {@code Retry-After}. Runs before authentication, so
 * that guessing keys spends the guesser's address budget. Cost per request: one key digest (when a key
 * is sent), one map look-up and one atomic decrement; one statement per batch of tokens.
 */
@Component
@Order(-110)
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimitProperties properties;
    private final ProblemResponses problems;
    private final ApiKeys keys;
    private final SharedBudgets budgets;
    private final String keyedPolicy;
    private final String anonymousPolicy;

    RateLimitFilter(RateLimitProperties properties, ProblemResponses problems, ApiKeys keys, SharedBudgets budgets) {
        this.properties = properties;
        this.problems = problems;
        this.keys = keys;
        this.budgets = budgets;
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
        SharedBudgets.Decision decision = budgets.take(caller, budget);
        response.setHeader("RateLimit-Limit", Long.toString(budget.capacity()));
        response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        response.setHeader("RateLimit-Policy", keyed ? keyedPolicy : anonymousPolicy);
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = decision.retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "This " + (keyed ? "API key" : "client address") + " has used its budget of " + budget.capacity()
                        + " requests per " + budget.period() + "; retry after " + retryAfter + " s.",
                Map.of("retryAfter", retryAfter));
    }

    private static String policy(RateLimitProperties.Budget budget) {
        return budget.capacity() + ";w=" + Math.max(1, budget.period().toSeconds());
    }
}
