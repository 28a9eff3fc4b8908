package org.conflictledger.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request budgets for {@code /api/**}: per API key, and per client address for requests without a
 * key. Each budget holds {@code capacity} requests and refills at that many per {@code period}; every
 * instance on one database spends from the same budget ({@link SharedBudgets}). The defaults are far
 * above what a dashboard, a benchmark or the checks send.
 *
 * @param enabled whether requests are counted at all
 * @param keyed the budget of each API key
 * @param anonymous the budget of each client address without a key
 * @param batch the most tokens an instance takes from a shared budget at once (also at most a
 *        twentieth of the capacity): a client can exceed its budget by at most instances × batch
 */
@ConfigurationProperties("ledger.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue Budget keyed,
        @DefaultValue Budget anonymous,
        @DefaultValue("500") int batch) {

    public RateLimitProperties {
        if (batch < 1) {
            throw new IllegalArgumentException("ledger.rate-limit.batch must be 1 or more");
        }
    }

    /** {@code capacity} requests, refilled at {@code capacity} per {@code period}. */
    public record Budget(@DefaultValue("1200000") long capacity, @DefaultValue("1m") Duration period) {

        public Budget {
            if (capacity < 1 || period == null || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("ledger.rate-limit: capacity must be 1 or more and period positive");
            }
        }
    }
}
