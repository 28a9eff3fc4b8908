package org.conflictledger.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Request budgets shared by every instance on one database. PostgreSQL holds each caller's token
 * bucket ({@code rate_budget}, taken from by {@code take_rate_tokens}); an instance takes tokens in
 * batches and spends them locally, so most requests cost one atomic decrement and one request in
 * {@code batch} costs one statement. A batch is at most a twentieth of the capacity, so small budgets
 * are shared finely. What a client can get beyond its budget in one period is bounded by the tokens
 * instances hold unspent: instances × batch. A refused caller is refused locally until its next token
 * is due. When the database cannot be reached the budgets fail open: requests pass, the first failure
 * is logged, every request let through that way is counted ({@code ledger.ratelimit.fail.open}) and the
 * database is asked again after {@link #RETRY_NANOS}.
 */
@Component
class SharedBudgets {

    private static final Logger log = LoggerFactory.getLogger(SharedBudgets.class);
    static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Past this many tracked callers the local leases are dropped (their tokens return when rows expire). */
    private static final int MAX_TRACKED = 100_000;

    /** The answer for one request: let through or not, and what the headers say. */
    record Decision(boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final JdbcClient jdbc;
    private final int maxBatch;
    private final Counter failedOpen;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();
    private final AtomicBoolean unreachable = new AtomicBoolean();
    private volatile long askAgainAt;

    SharedBudgets(JdbcClient jdbc, RateLimitProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.maxBatch = properties.batch();
        this.failedOpen = Counter.builder("ledger.ratelimit.fail.open")
                .description("requests let through because the shared budgets could not be read").register(meters);
    }

    /** Tokens this instance holds for one caller, and what the database said when it last gave some. */
    private static final class Lease {

        final AtomicLong tokens = new AtomicLong();
        volatile double sharedRemaining;
        volatile long refusedUntil;
    }

    Decision take(String caller, RateLimitProperties.Budget budget) {
        if (leases.size() > MAX_TRACKED) {
            leases.clear();
        }
        Lease lease = leases.computeIfAbsent(caller, c -> new Lease());
        long left = lease.tokens.decrementAndGet();
        if (left >= 0) {
            return allowed(budget, lease.sharedRemaining + left);
        }
        synchronized (lease) {
            left = lease.tokens.get();
            if (left > 0) {   // another request refilled the lease meanwhile
                lease.tokens.decrementAndGet();
                return allowed(budget, lease.sharedRemaining + left - 1);
            }
            long now = System.nanoTime();
            if (now - lease.refusedUntil < 0) {
                return refused(budget, lease.refusedUntil - now);
            }
            if (unreachable.get() && now - askAgainAt < 0) {
                failedOpen.increment();
                return new Decision(true, budget.capacity(), 0, 0);
            }
            return fromDatabase(caller, budget, lease, now);
        }
    }

    private Decision fromDatabase(String caller, RateLimitProperties.Budget budget, Lease lease, long now) {
        double perSecond = budget.capacity() / (budget.period().toNanos() / 1e9);
        int batch = (int) Math.max(1, Math.min(maxBatch, budget.capacity() / 20));
        Grant grant;
        try {
            grant = jdbc.sql("select granted, remaining from take_rate_tokens(?, ?, ?, ?)")
                    .params(caller, (double) budget.capacity(), perSecond, batch)
                    .query((rs, n) -> new Grant(rs.getInt(1), rs.getDouble(2))).single();
        } catch (DataAccessException e) {
            if (unreachable.compareAndSet(false, true)) {
                log.warn("Rate budgets: the database cannot be reached, requests pass unlimited until it can ({})",
                        e.getMostSpecificCause().toString());
            }
            askAgainAt = now + RETRY_NANOS;
            failedOpen.increment();
            return new Decision(true, budget.capacity(), 0, 0);
        }
        if (unreachable.compareAndSet(true, false)) {
            log.info("Rate budgets: the database answers again; budgets are shared again");
        }
        lease.sharedRemaining = grant.remaining();
        if (grant.granted() == 0) {
            long wait = (long) Math.ceil((1 - grant.remaining()) / perSecond * 1e9);
            lease.refusedUntil = now + Math.max(wait, 1);
            return refused(budget, wait);
        }
        lease.tokens.set(grant.granted() - 1L);
        return allowed(budget, grant.remaining() + grant.granted() - 1);
    }

    private record Grant(int granted, double remaining) {
    }

    private static Decision allowed(RateLimitProperties.Budget budget, double remaining) {
        long left = (long) Math.max(0, Math.floor(remaining));
        return new Decision(true, left, secondsUntilFull(budget, left), 0);
    }

    private static Decision refused(RateLimitProperties.Budget budget, long nanosToNextToken) {
        return new Decision(false, 0, secondsUntilFull(budget, 0),
                Math.max(1, (nanosToNextToken + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1)));
    }

    private static long secondsUntilFull(RateLimitProperties.Budget budget, long remaining) {
        double missing = budget.capacity() - remaining;
        return (long) Math.ceil(missing * budget.period().toSeconds() / budget.capacity());
    }

    /** Buckets past their refill are full: their rows go (per-address rows would otherwise pile up). */
    @Scheduled(fixedDelayString = "${ledger.rate-limit.cleanup:PT1M}", initialDelayString = "PT1M")
    void dropFullBuckets() {
        try {
            jdbc.sql("delete from rate_budget where expires_at < clock_timestamp()").update();
        } catch (DataAccessException e) {
            log.debug("Rate budgets: clean-up skipped ({})", e.getMostSpecificCause().toString());
        }
    }
}
