package org.conflictledger.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
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
 * {@code ledger.duplicates.finder-threads} (default 2) sessions search chunks side by side: a chunk is
 * a few hundred index look-ups and one insert, bound by the database's CPU, so a second session uses a
 * second core (two sessions drained 100,000 queued ACLED strikes in 22.4-22.5 s, one in 33.5-40.2 s,
 * bench/duplicates.sh's data). Two sessions may meet on one pair (both strikes queued); they write their
 * candidates in the order of the pair's ids, so neither waits for the other in a cycle.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DuplicateFinder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DuplicateFinder.class);
    private static final long TICK_BUDGET_NANOS = 20_000_000_000L;
    private static final int ANALYZE_AFTER = 10_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int chunk;
    // the sessions besides the caller's that search chunks during a drain (finder-threads - 1)
    private final ExecutorService helpers;
    private final int helperCount;
    // candidates this instance wrote since it last analysed the table
    private final AtomicLong foundSinceAnalyze = new AtomicLong();
    // how many sessions searched at least one chunk in the last drain that found strikes queued
    private volatile int lastDrainSessions;

    DuplicateFinder(JdbcClient jdbc, TransactionTemplate transactions,
            @Value("${ledger.duplicates.finder-chunk:500}") int chunk,
            @Value("${ledger.duplicates.finder-threads:2}") int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("ledger.duplicates.finder-threads must be 1 or more, was " + threads);
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.chunk = chunk;
        this.helperCount = threads - 1;
        this.helpers = helperCount == 0 ? null : Executors.newFixedThreadPool(helperCount, runnable -> {
            Thread thread = new Thread(runnable, "duplicate-finder");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void destroy() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }

    // every half second: an idle tick is one look at the queue, and an import's strikes wait for the next
    // tick once it ends (at PT2S, 1.65 s went by between the end of an ACLED import and its first candidate)
    @Scheduled(fixedDelayString = "${ledger.duplicates.finder-tick:PT0.5S}", initialDelayString = "PT5S")
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
     * Searches queued strikes chunk by chunk, in {@code finder-threads} sessions side by side, until the
     * queue is empty, the budget is spent or (with {@code yieldToImports}) an import is queued or running;
     * returns how many strikes it searched. A session's failure is thrown once every session has stopped.
     */
    int drain(long budgetNanos, boolean yieldToImports) {
        long until = System.nanoTime() + budgetNanos;
        if (!jdbc.sql("select exists (select 1 from duplicate_queue)").query(Boolean.class).single()) {
            return 0;
        }
        List<Future<Integer>> others = new ArrayList<>(helperCount);
        for (int i = 0; i < helperCount; i++) {
            others.add(helpers.submit(() -> searchChunks(until, yieldToImports)));
        }
        int searched = 0;
        int sessions = 0;
        RuntimeException failure = null;
        try {
            searched = searchChunks(until, yieldToImports);
            sessions += searched > 0 ? 1 : 0;
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<Integer> other : others) {
            try {
                int theirs = waitFor(other);
                searched += theirs;
                sessions += theirs > 0 ? 1 : 0;
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        lastDrainSessions = sessions;
        if (failure != null) {
            throw failure;
        }
        return searched;
    }

    /** How many sessions searched at least one chunk in the last drain that found strikes queued. */
    int lastDrainSessions() {
        return lastDrainSessions;
    }

    /** One session's part of a drain: chunk after chunk until the queue is empty, the time is up or an import starts. */
    private int searchChunks(long until, boolean yieldToImports) {
        int searched = 0;
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

    private static int waitFor(Future<Integer> other) {
        try {
            return other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            other.cancel(true);
            throw new IllegalStateException("interrupted while the finder's other sessions searched", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
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
