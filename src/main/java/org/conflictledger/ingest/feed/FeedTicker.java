package org.conflictledger.ingest.feed;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.conflictledger.common.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduler's tick: polls the due feeds under the ShedLock lock {@code feeds-tick}, so that one
 * instance at a time does it. Ticks run with a fixed delay after the previous one ends, so they never
 * pile up; when the database is unreachable a tick gives up after the pool's connection timeout, says
 * so in one log line and is counted as skipped, and the next tick tries again.
 *
 * <p>Counts every tick in {@code ledger.feeds.ticks} by outcome ({@code ran}, {@code locked-elsewhere},
 * {@code database-unavailable}, {@code failed}) and times it in {@code ledger.feeds.tick.duration}.
 */
class FeedTicker {

    static final String LOCK = "feeds-tick";
    private static final Logger log = LoggerFactory.getLogger(FeedTicker.class);
    private static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(15);

    private final FeedPoller poller;
    private final LockingTaskExecutor locks;
    private final MeterRegistry meters;
    private final Timer duration;
    private final Clock clock;

    FeedTicker(FeedPoller poller, LockProvider lockProvider, MeterRegistry meters, Clock clock) {
        this.poller = poller;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.meters = meters;
        this.duration = Timer.builder("ledger.feeds.tick.duration").description("time a feed tick took")
                .register(meters);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ledger.feeds.tick:PT30S}", initialDelayString = "${ledger.feeds.initial-delay:PT20S}")
    void tick() {
        duration.record(() -> count(runOnce()));
    }

    private String runOnce() {
        try {
            LockingTaskExecutor.TaskResult<Integer> result = locks.executeWithLock(poller::pollDue,
                    new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST_FOR, Duration.ZERO));
            if (!result.wasExecuted()) {
                return "locked-elsewhere";
            }
            Integer polled = result.getResult();
            if (polled != null && polled > 0) {
                log.info("Feed tick polled {} feed(s)", polled);
            }
            return "ran";
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            if (DatabaseFailures.isUnavailable(e)) {
                log.warn("Feed tick skipped: the database is unavailable ({}); the next tick tries again",
                        rootMessage(e));
                return "database-unavailable";
            }
            log.error("Feed tick failed; the next tick tries again", e);
            return "failed";
        }
    }

    private void count(String outcome) {
        meters.counter("ledger.feeds.ticks", "outcome", outcome).increment();
    }

    /** The driver's or the pool's words (the first SQLException in the chain), else the outermost message. */
    private static String rootMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return t.getMessage();
            }
        }
        return e.toString();
    }
}
