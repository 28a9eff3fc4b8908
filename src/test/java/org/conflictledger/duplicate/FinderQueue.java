package org.conflictledger.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The duplicate finder's queue, from a test that needs every queued strike searched before it reads on. */
final class FinderQueue {

    private FinderQueue() {
    }

    /**
     * Searches the queue until another session sees it empty: a round of the scheduled tick that holds some of
     * its strikes (skipped by this drain) has committed its candidates, and counted them, by then.
     */
    static void drainUntilEmpty(DuplicateFinder finder, JdbcClient jdbc, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            finder.drain(limit.toNanos(), false);
            if (jdbc.sql("select count(*) from duplicate_queue").query(Long.class).single() == 0) {
                return;
            }
            assertThat(System.nanoTime()).as("duplicate queue drained").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
