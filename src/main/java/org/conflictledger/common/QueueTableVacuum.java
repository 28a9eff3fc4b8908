package org.conflictledger.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Vacuums the service's queues and counters once their dead rows outnumber the live ones ten times over
 * (the live ones counted, up to a tenth of the dead) and {@code ledger.housekeeping.dead-rows} (default 100):
 * when a queue is (nearly) drained, not again and again while it drains. A one-row counter counts too: its
 * readers follow the chain of its dead versions (the rollups' generation with 42 of them and an emptied
 * dirty-day log with 912 made the stamp of every kept statistic 1.6 times as slow). These tables churn: an
 * import queues and dequeues a row per strike and marks its days dirty, a rate-limit budget row is updated
 * a few times a second. Their readers are on hot paths: every kept
 * statistic and compliance report checks {@code strike_rollup_dirty}, the duplicate finder takes its work
 * from {@code duplicate_queue}. Autovacuum keeps them small where it runs;
 * where it is off or behind (it is off on some CI machines) an empty queue would be scanned as the pages
 * of every row it ever held. {@code VACUUM (SKIP_LOCKED)}: instances on one database do not wait for each
 * other, and writers are never blocked; it runs with the long statement and socket timeouts, on a
 * connection of its own ({@link StatementTimeouts#outsideTransaction}): a queue a million-row import
 * emptied takes seconds.
 */
@Component
public class QueueTableVacuum {

    /** The tables whose rows are written and removed (or rewritten) all the time; each is small when vacuumed. */
    static final List<String> TABLES = List.of("strike_rollup_dirty", "duplicate_queue", "duplicate_candidate_count",
            "rate_budget", "strike_rollup_generation", "ceasefire_coverage_version", "shedlock");

    private static final Logger log = LoggerFactory.getLogger(QueueTableVacuum.class);

    private final JdbcClient jdbc;
    private final StatementTimeouts timeouts;
    private final long deadRows;

    QueueTableVacuum(JdbcClient jdbc, StatementTimeouts timeouts,
            @Value("${ledger.housekeeping.dead-rows:100}") long deadRows) {
        this.jdbc = jdbc;
        this.timeouts = timeouts;
        this.deadRows = deadRows;
    }

    @Scheduled(fixedDelayString = "${ledger.housekeeping.vacuum-tick:PT15S}",
            initialDelayString = "${ledger.housekeeping.vacuum-tick:PT15S}")
    void tick() {
        try {
            vacuumWhereDead();
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                log.debug("Queue vacuum skipped: the database is unavailable");
            } else {
                log.warn("Queue vacuum failed; the next tick tries again", e);
            }
        }
    }

    /**
     * Vacuums each of {@link #TABLES} whose dead rows (as the statistics count them) and live rows (as counted
     * here) make it due; returns their names.
     */
    public List<String> vacuumWhereDead() {
        Map<String, Long> dead = new LinkedHashMap<>();
        jdbc.sql("select relname, n_dead_tup from pg_stat_user_tables where schemaname = current_schema()"
                        + " and relname = any(:tables) and n_dead_tup > :deadRows order by relname")
                .param("tables", TABLES.toArray(String[]::new)).param("deadRows", deadRows)
                .query(rs -> {
                    dead.put(rs.getString("relname"), rs.getLong("n_dead_tup"));
                });
        List<String> due = new ArrayList<>();
        dead.forEach((table, rows) -> {
            // dead > 10 × live, i.e. live < ⌈dead / 10⌉
            if (fewerLiveRowsThan(table, (rows + 9) / 10)) {
                due.add(table);
            }
        });
        if (!due.isEmpty()) {
            timeouts.outsideTransaction(statement -> {
                for (String table : due) {
                    // a name from the fixed list above, never from a request
                    statement.execute("vacuum (skip_locked) " + table);
                    log.debug("Vacuumed {}", table);
                }
            });
        }
        return due;
    }

    // the live rows counted, up to the bound (the statistics' estimate of them drifts: an ANALYZE that sampled
    // a queue while it drained left one at 20,977 rows when it was empty, and it would never have been due)
    private boolean fewerLiveRowsThan(String table, long bound) {
        // a name from the fixed list above, never from a request
        long live = jdbc.sql("select count(*) from (select 1 from " + table + " limit :bound) t").param("bound", bound)
                .query(Long.class).single();
        return live < bound;
    }
}
