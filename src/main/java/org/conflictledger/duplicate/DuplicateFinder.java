package org.conflictledger.duplicate;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background half of finding candidates: strikes written by bulk statements (imports) wait in
 * {@code duplicate_queue}; while no import job is queued or running, this takes them in chunks of
 * {@code ledger.duplicates.finder-chunk} (default 500, oldest first, {@code skip locked} so that
 * several instances share the work), round after round until the queue is empty, and runs the same set-based search as the triggers,
 * {@code ledger_find_duplicates}, each chunk in its own transaction. Waiting for imports to end keeps
 * the imports' own speed, and by then their external ids exist, so the rows of one data set are
 * never paired with each other. Small statements (API writes) are searched at once by the triggers.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DuplicateFinder {

    private static final Logger log = LoggerFactory.getLogger(DuplicateFinder.class);
    private static final long TICK_BUDGET_NANOS = 20_000_000_000L;
    private static final int ANALYZE_AFTER = 10_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int chunk;
    // candidates this instance wrote since it last analysed the table
    private final AtomicLong foundSinceAnalyze = new AtomicLong();

    DuplicateFinder(JdbcClient jdbc, TransactionTemplate transactions,
            @org.springframework.beans.factory.annotation.Value("${ledger.duplicates.finder-chunk:500}") int chunk) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.chunk = chunk;
    }

    @Scheduled(fixedDelayString = "${ledger.duplicates.finder-tick:PT2S}", initialDelayString = "PT5S")
    void tick() {
        try {
            // rounds of up to 20 s, the candidate counts' delta rows (V113) folded after each once there are
            // more than a thousand; the next round at once while strikes wait (the pause between ticks
            // added 2 s to every 20 s of a long queue)
            int searched;
            int all = 0;
            do {
                searched = drain(TICK_BUDGET_NANOS, true);
                all += searched;
                jdbc.sql("select duplicate_candidate_count_compact(1000)").query(Integer.class).single();
                // during a long queue too: 1M strikes take many rounds, and meanwhile the list planned with
                // statistics far behind the table (3,611 open candidates estimated, 3.2M there: the data-set
                // filter 4.7 s p50, 9.8 ms once analysed)
                if (searched > 0) {
                    analyzeIfGrown(ANALYZE_AFTER, 0.1);
                }
            } while (searched > 0);
            if (all >= ANALYZE_AFTER) {
                // an import's candidates at once, not when autovacuum gets to them: with the statistics of
                // an empty table the list's data-set filter sorted every candidate instead of walking its
                // index (1.8 s against 0.2 ms for the first page at 378,658 candidates; analyze 1.5 s at load 13);
                // not again when a round has just analysed them all
                analyzeIfGrown(1, 0);
            }
        } catch (RuntimeException e) {
            log.warn("Duplicate finder tick failed, the queue waits for the next one: {}", e.getMessage());
        }
    }

    /**
     * Searches queued strikes chunk by chunk until the queue is empty, the budget is spent or (with
     * {@code yieldToImports}) an import is queued or running; returns how many strikes it searched.
     */
    int drain(long budgetNanos, boolean yieldToImports) {
        long until = System.nanoTime() + budgetNanos;
        int searched = 0;
        if (!jdbc.sql("select exists (select 1 from duplicate_queue)").query(Boolean.class).single()) {
            return 0;
        }
        while (System.nanoTime() < until && !(yieldToImports && importing())) {
            Integer done = transactions.execute(status -> {
                Long[] ids = jdbc.sql("delete from duplicate_queue where strike_id in (select strike_id from"
                        + " duplicate_queue order by strike_id limit ? for update skip locked) returning strike_id")
                        .param(chunk).query(Long.class).list().toArray(Long[]::new);
                if (ids.length > 0) {
                    foundSinceAnalyze.addAndGet(
                            jdbc.sql("select ledger_find_duplicates(?)").param(ids).query(Integer.class).single());
                }
                return ids.length;
            });
            if (done == null || done == 0) {
                break;
            }
            searched += done;
        }
        return searched;
    }

    /**
     * Analyses {@code duplicate_candidate} when the candidates written since the last analysis reach
     * {@code minimum} and {@code share} of the table as the planner last counted it; returns whether it did.
     */
    boolean analyzeIfGrown(long minimum, double share) {
        long rows = jdbc.sql("select greatest(reltuples, 0)::bigint from pg_class where oid = 'duplicate_candidate'::regclass")
                .query(Long.class).single();
        if (foundSinceAnalyze.get() < Math.max(minimum, (long) (rows * share))) {
            return false;
        }
        analyze();
        return true;
    }

    private void analyze() {
        foundSinceAnalyze.set(0);
        jdbc.sql("analyze duplicate_candidate").update();
    }

    private boolean importing() {
        return jdbc.sql("select exists (select 1 from import_job where status in ('QUEUED', 'RUNNING'))")
                .query(Boolean.class).single();
    }
}
