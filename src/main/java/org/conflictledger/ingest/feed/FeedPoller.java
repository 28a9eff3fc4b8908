package org.conflictledger.ingest.feed;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.conflictledger.ingest.FeedsProperties;
import org.conflictledger.ingest.article.ArticleService;
import org.conflictledger.ingest.article.FeedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Polls feeds: on each scheduler tick ({@link FeedTicker}) the ones that are due, or one at once when
 * asked. One tick runs at a time across all instances (ShedLock on the database), and each due feed is claimed by
 * moving its {@code next_poll_at} in one conditional update, so a feed is polled once per interval
 * even if a lock expires or a manual poll overlaps. Any failure of one feed is recorded as that
 * feed's error; the tick goes on with the others.
 */
@Component
class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final ArticleService articles;
    private final FeedsProperties properties;
    private final Clock clock;

    FeedPoller(JdbcClient jdbc, FeedFetcher fetcher, FeedParser parser, ArticleService articles,
            FeedsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.fetcher = fetcher;
        this.parser = parser;
        this.articles = articles;
        this.properties = properties;
        this.clock = clock;
    }

    /** Polls every enabled feed whose time has come; returns how many were polled. */
    int pollDue() {
        Instant now = clock.instant();
        List<Long> due = jdbc.sql("select id from feed where enabled and next_poll_at <= :now order by next_poll_at, id"
                        + " limit :batch")
                .param("now", Timestamp.from(now)).param("batch", BATCH).query(Long.class).list();
        int polled = 0;
        for (long id : due) {
            int claimed = jdbc.sql("""
                            update feed set next_poll_at = cast(:now as timestamptz) + poll_interval_sec * interval '1 second'
                             where id = :id and enabled and next_poll_at <= :now""")
                    .param("id", id).param("now", Timestamp.from(now)).update();
            if (claimed == 1) {
                poll(id);
                polled++;
            }
        }
        return polled;
    }

    /** Polls one feed now, whatever its schedule, and moves its next poll one interval ahead. */
    PollReport pollNow(long id) {
        jdbc.sql("update feed set next_poll_at = cast(:now as timestamptz) + poll_interval_sec * interval '1 second'"
                        + " where id = :id")
                .param("id", id).param("now", Timestamp.from(clock.instant())).update();
        return poll(id);
    }

    private record Target(long id, String url, String publisher, String etag, String lastModified) {
    }

    private PollReport poll(long id) {
        Optional<Target> found = jdbc.sql("select id, url, publisher, etag, last_modified from feed where id = :id")
                .param("id", id)
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getString("url"), rs.getString("publisher"),
                        rs.getString("etag"), rs.getString("last_modified")))
                .optional();
        if (found.isEmpty()) {
            return new PollReport(id, PollReport.Outcome.FAILED, 0, 0, "feed deleted", null);
        }
        Target feed = found.get();
        Instant started = clock.instant();
        try {
            FeedFetcher.Result result = fetcher.fetch(feed.url(), feed.etag(), feed.lastModified());
            if (result instanceof FeedFetcher.NotModified) {
                recordSuccess(id, started, 0, 0, null, feed.etag(), feed.lastModified());
                return new PollReport(id, PollReport.Outcome.NOT_MODIFIED, 0, 0, null, null);
            }
            FeedFetcher.Document document = (FeedFetcher.Document) result;
            FeedParser.Parsed parsed = parser.parse(document.body(), properties.maxItemsPerPoll(),
                    properties.maxItemSize().toBytes());
            int created = 0;
            int failed = 0;
            for (FeedItem item : parsed.items()) {
                try {
                    if (articles.store(id, feed.publisher(), item, started).created()) {
                        created++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Feed {}: an item could not be stored: {}", id, e.toString());
                }
            }
            String problems = problems(parsed, failed);
            recordSuccess(id, started, parsed.items().size(), created, problems, document.etag(),
                    document.lastModified());
            return new PollReport(id, PollReport.Outcome.OK, parsed.items().size(), created, problems, null);
        } catch (AddressPolicy.RefusedUrlException e) {
            return recordFailure(id, started, "refused: " + e.getMessage());
        } catch (FeedFetcher.FetchException | FeedParser.ParseException e) {
            return recordFailure(id, started, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Feed {} failed unexpectedly", id, e);
            return recordFailure(id, started, "internal error while polling (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String problems(FeedParser.Parsed parsed, int failed) {
        List<String> notes = new ArrayList<>();
        if (parsed.skippedTooLarge() > 0) {
            notes.add(parsed.skippedTooLarge() + " item(s) skipped: larger than the item size limit");
        }
        if (parsed.withoutDate() > 0) {
            notes.add(parsed.withoutDate() + " item(s) without a date (kept, dated by retrieval time)");
        }
        if (parsed.ignoredBeyondLimit() > 0) {
            notes.add(parsed.ignoredBeyondLimit() + " item(s) beyond the per-poll limit ignored");
        }
        if (failed > 0) {
            notes.add(failed + " item(s) could not be stored");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private void recordSuccess(long id, Instant at, int seen, int created, String problems, String etag,
            String lastModified) {
        jdbc.sql("""
                        update feed set last_poll_at = :at, last_success_at = :at, last_error = :problems,
                               last_error_at = case when cast(:problems as varchar) is null then last_error_at else :at end,
                               last_items_seen = :seen, last_items_new = :created, items_seen = items_seen + :seen,
                               items_new = items_new + :created, polls = polls + 1, etag = :etag,
                               last_modified = :lastModified
                         where id = :id""")
                .param("id", id).param("at", Timestamp.from(at)).param("problems", clip(problems))
                .param("seen", seen).param("created", created).param("etag", clip(etag, 500))
                .param("lastModified", clip(lastModified, 100)).update();
    }

    private PollReport recordFailure(long id, Instant at, String error) {
        log.info("Feed {} poll failed: {}", id, error);
        jdbc.sql("""
                        update feed set last_poll_at = :at, last_error = :error, last_error_at = :at,
                               last_items_seen = 0, last_items_new = 0, polls = polls + 1
                         where id = :id""")
                .param("id", id).param("at", Timestamp.from(at)).param("error", clip(error)).update();
        return new PollReport(id, PollReport.Outcome.FAILED, 0, 0, error, null);
    }

    private static String clip(String text) {
        return clip(text, 2000);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
