package org.conflictledger.ingest.article;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.conflictledger.common.ApiException;
import org.conflictledger.common.Times;
import org.conflictledger.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Re-extraction of stored articles in the background, one job at a time: each article of the window is
 * read again in a transaction of its own ({@link ArticleService#reextract}), so a failure stops the job
 * without undoing the articles before it. Plain SQL for the job row, like the import jobs.
 */
@Service
public class ExtractionJobs {

    private static final Logger log = LoggerFactory.getLogger(ExtractionJobs.class);

    private final JdbcClient jdbc;
    private final ArticleService articles;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "re-extraction");
        thread.setDaemon(true);
        return thread;
    });

    ExtractionJobs(JdbcClient jdbc, ArticleService articles, Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.clock = clock;
    }

    /** Queues a re-extraction of the articles published in [from, to) (either bound open). */
    public ExtractionJobView submit(Instant from, Instant to) {
        Times.requireOrdered(from, to);
        long id = jdbc.sql("""
                        insert into extraction_job (status, from_time, to_time, author, submitted_at)
                        values ('QUEUED', :from, :to, :author, :now) returning id""")
                .param("from", ts(from)).param("to", ts(to)).param("author", Actors.current())
                .param("now", ts(clock.instant())).query(Long.class).single();
        worker.submit(() -> run(id, from, to));
        return get(id);
    }

    public ExtractionJobView get(long id) {
        return jdbc.sql("select * from extraction_job where id = :id").param("id", id)
                .query((rs, row) -> new ExtractionJobView(rs.getLong("id"), rs.getString("status"),
                        Times.instant(rs, "from_time"), Times.instant(rs, "to_time"), rs.getInt("articles"),
                        rs.getInt("candidates_removed"), rs.getInt("candidates_created"), rs.getString("failure"),
                        rs.getString("author"), Times.instant(rs, "submitted_at"), Times.instant(rs, "started_at"),
                        Times.instant(rs, "finished_at")))
                .optional().orElseThrow(() -> ApiException.notFound("extraction job", id));
    }

    private void run(long id, Instant from, Instant to) {
        int done = 0;
        int removed = 0;
        int created = 0;
        try {
            jdbc.sql("update extraction_job set status = 'RUNNING', started_at = :now where id = :id")
                    .param("now", ts(clock.instant())).param("id", id).update();
            List<Long> ids = articles.idsPublished(from, to);
            for (long articleId : ids) {
                removed += pending(articleId);
                articles.reextract(articleId);
                created += pending(articleId);
                done++;
                if (done % 100 == 0) {
                    progress(id, done, removed, created);
                }
            }
            progress(id, done, removed, created);
            jdbc.sql("update extraction_job set status = 'SUCCEEDED', finished_at = :now where id = :id")
                    .param("now", ts(clock.instant())).param("id", id).update();
        } catch (RuntimeException e) {
            log.warn("Re-extraction job {} failed after {} articles", id, done, e);
            progress(id, done, removed, created);
            jdbc.sql("update extraction_job set status = 'FAILED', failure = :failure, finished_at = :now where id = :id")
                    .param("failure", "stopped after " + done + " articles: " + e.getClass().getSimpleName())
                    .param("now", ts(clock.instant())).param("id", id).update();
        }
    }

    private int pending(long articleId) {
        return jdbc.sql("select count(*) from candidate where article_id = :id and status = 'PENDING'")
                .param("id", articleId).query(Integer.class).single();
    }

    private void progress(long id, int done, int removed, int created) {
        jdbc.sql("""
                        update extraction_job set articles = :done, candidates_removed = :removed,
                               candidates_created = :created where id = :id""")
                .param("done", done).param("removed", removed).param("created", created).param("id", id).update();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
