package org.conflictledger.strike;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.conflictledger.common.DatabaseFailures;
import org.conflictledger.common.StatementTimeouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the days that writers marked dirty ({@code strike_rollup_dirty}) into {@code strike_rollup}:
 * each tick, under the ShedLock lock {@code strike-rollup-refresh} (one instance at a time), runs
 * {@code strike_rollup_refresh} in REPEATABLE READ transactions of at most
 * {@code ledger.rollups.days-per-transaction} days until no dirty day is left or the tick has used
 * {@code ledger.rollups.tick-budget}. Reads are exact whatever the backlog (they aggregate dirty days
 * from the strike table); the refresher only keeps them fast. It waits while an import job runs (the
 * import dirties the same days batch after batch). The backlog, the number of distinct dirty days, is
 * the gauge {@code ledger.rollups.backlog} (as of the last tick).
 */
@Component
public class StrikeRollupRefresher {

    static final String LOCK = "strike-rollup-refresh";
    private static final Logger log = LoggerFactory.getLogger(StrikeRollupRefresher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final StatementTimeouts timeouts;
    private final int daysPerTransaction;
    private final Duration budget;
    private final boolean enabled;
    private final AtomicLong backlog = new AtomicLong();

    StrikeRollupRefresher(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
            MeterRegistry meters, Clock clock, StatementTimeouts timeouts,
            @Value("${ledger.rollups.days-per-transaction:64}") int daysPerTransaction,
            @Value("${ledger.rollups.tick-budget:PT20S}") Duration budget,
            @Value("${ledger.rollups.refresh-enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
        this.clock = clock;
        this.timeouts = timeouts;
        this.daysPerTransaction = daysPerTransaction;
        this.budget = budget;
        this.enabled = enabled;
        Gauge.builder("ledger.rollups.backlog", backlog, AtomicLong::get)
                .description("distinct UTC days whose rollup rows wait for the refresher (as of its last tick)")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${ledger.rollups.tick:PT1S}", initialDelayString = "${ledger.rollups.tick:PT1S}")
    void tick() {
        if (!enabled) {
            return;
        }
        try {
            locks.executeWithLock((Runnable) this::refreshWithinBudget,
                    new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(10), Duration.ZERO));
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                log.warn("Rollup refresh skipped: the database is unavailable; the next tick tries again");
            } else {
                log.error("Rollup refresh failed; the next tick tries again", e);
            }
        } catch (Throwable e) {
            log.error("Rollup refresh failed; the next tick tries again", e);
        }
    }

    private void refreshWithinBudget() {
        // an import dirties the same days batch after batch: refreshing them meanwhile is work thrown
        // away that competes with the import for the database. Reads stay exact; the backlog is bounded
        // by the days the data spans, and is folded in once the import is done.
        if (!importRunning()) {
            long deadline = System.nanoTime() + budget.toNanos();
            while (refreshOnce() > 0 && System.nanoTime() < deadline) {
                // next slice of days
            }
        }
        backlog.set(backlog());
    }

    private boolean importRunning() {
        return Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from import_job where status = 'RUNNING')")
                .query(Boolean.class).single());
    }

    /** Refreshes up to {@code ledger.rollups.days-per-transaction} dirty days in one snapshot; returns how many. */
    private int refreshOnce() {
        Integer days = snapshot.execute(status -> {
            timeouts.allowLongStatements();
            return jdbc.sql("select strike_rollup_refresh(:days)")
                .param("days", daysPerTransaction).query(Integer.class).single();
        });
        return days == null ? 0 : days;
    }

    /**
     * Refreshes until no dirty day is left (tests, and after a restore), under the tick's lock: waits
     * while another refresher holds it.
     */
    public void refreshAll() {
        while (true) {
            try {
                LockingTaskExecutor.TaskResult<Boolean> result = locks.executeWithLock(() -> {
                    while (refreshOnce() > 0) {
                        // until clean
                    }
                    return true;
                }, new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(10), Duration.ZERO));
                if (result.wasExecuted()) {
                    break;
                }
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the rollup refresher", e);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        backlog.set(backlog());
    }

    /** The number of distinct dirty days now. */
    public long backlog() {
        return jdbc.sql("select count(distinct day) from strike_rollup_dirty").query(Long.class).single();
    }
}
