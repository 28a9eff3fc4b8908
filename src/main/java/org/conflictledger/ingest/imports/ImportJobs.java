package org.conflictledger.ingest.imports;

import java.time.Instant;
import java.util.List;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code import_job} table and its stored errors, in plain SQL: counters change every batch. */
@Repository
class ImportJobs {

    private static final String COLUMNS = "id, format, status, author, bytes, read, created, updated, unchanged,"
            + " skipped, rejected, errors_omitted, failure, submitted_at, started_at, finished_at";

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A job submitted with an Idempotency-Key, and the hash of what was submitted. */
    record KeyedJob(long id, String bodySha256) {
    }

    /** Serialises submissions with one key (scope + key) until the end of the transaction. */
    void lockIdempotencyKey(String scope, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:k, 0))").param("k", "import-key:" + scope + ":" + key)
                .query().singleRow();
    }

    /** The newest job submitted with this key since {@code notBefore}, or null. */
    KeyedJob findByIdempotencyKey(String scope, String key, Instant notBefore) {
        return jdbc.sql("select id, body_sha256 from import_job where idempotency_scope = :scope"
                        + " and idempotency_key = :key and submitted_at >= :since order by submitted_at desc, id desc"
                        + " limit 1")
                .param("scope", scope).param("key", key).param("since", java.sql.Timestamp.from(notBefore))
                .query((rs, n) -> new KeyedJob(rs.getLong("id"), rs.getString("body_sha256"))).optional().orElse(null);
    }

    long create(ImportFormat format, String author, long bytes, Instant now, String idempotencyKey, String sha256) {
        return jdbc.sql("insert into import_job (format, status, author, bytes, submitted_at, idempotency_scope,"
                        + " idempotency_key, body_sha256, heartbeat_at) values (:format, 'QUEUED', :author, :bytes, :now,"
                        + " :author, :key, :sha, now()) returning id")
                .param("format", format.key()).param("author", author).param("bytes", bytes)
                .param("now", java.sql.Timestamp.from(now)).param("key", idempotencyKey).param("sha", sha256)
                .query(Long.class).single();
    }

    long create(ImportFormat format, String author, long bytes, Instant now) {
        return jdbc.sql("insert into import_job (format, status, author, bytes, submitted_at, heartbeat_at)"
                        + " values (:format, 'QUEUED', :author, :bytes, :now, now()) returning id")
                .param("format", format.key()).param("author", author).param("bytes", bytes)
                .param("now", java.sql.Timestamp.from(now)).query(Long.class).single();
    }

    void started(long id, Instant now) {
        jdbc.sql("update import_job set status = 'RUNNING', started_at = :now, heartbeat_at = now() where id = :id")
                .param("id", id).param("now", java.sql.Timestamp.from(now)).update();
    }

    /** Stores the counters and the job's new errors; runs in the batch's transaction when there is one. */
    void progress(long id, ImportCounters counters, List<ImportError> newErrors) {
        jdbc.sql("update import_job set read = :read, created = :created, updated = :updated,"
                        + " unchanged = :unchanged, skipped = :skipped, rejected = :rejected,"
                        + " errors_omitted = :omitted, heartbeat_at = now() where id = :id")
                .param("id", id).param("read", counters.read).param("created", counters.created)
                .param("updated", counters.updated).param("unchanged", counters.unchanged)
                .param("skipped", counters.skipped).param("rejected", counters.rejected)
                .param("omitted", counters.errorsOmitted).update();
        if (!newErrors.isEmpty()) {
            int first = counters.errorsStored - newErrors.size();
            Integer[] seqs = new Integer[newErrors.size()];
            Long[] lines = new Long[newErrors.size()];
            String[] reasons = new String[newErrors.size()];
            for (int i = 0; i < newErrors.size(); i++) {
                seqs[i] = first + i;
                lines[i] = newErrors.get(i).line();
                reasons[i] = Fields.cut(newErrors.get(i).reason(), 1000);
            }
            jdbc.sql("insert into import_job_error (job_id, seq, line, reason)"
                            + " select :id, s, l, r from unnest(:seqs, :lines, :reasons) as e(s, l, r)")
                    .param("id", id).param("seqs", seqs).param("lines", lines).param("reasons", reasons).update();
        }
    }

    void finished(long id, Instant now) {
        jdbc.sql("update import_job set status = 'DONE', finished_at = :now where id = :id")
                .param("id", id).param("now", java.sql.Timestamp.from(now)).update();
    }

    void failed(long id, String reason, Instant now) {
        jdbc.sql("update import_job set status = 'FAILED', failure = :reason, finished_at = :now where id = :id")
                .param("id", id).param("reason", Fields.cut(reason, 2000)).param("now", java.sql.Timestamp.from(now))
                .update();
    }

    /** Marks the jobs an instance holds (queued or running) as alive, by the database's clock. */
    void heartbeat(java.util.Set<Long> held) {
        if (!held.isEmpty()) {
            jdbc.sql("update import_job set heartbeat_at = now() where id = any (:held) and status in ('QUEUED', 'RUNNING')")
                    .param("held", held.toArray(Long[]::new)).update();
        }
    }

    /**
     * Jobs left QUEUED or RUNNING by a stopped instance (no heartbeat for {@code staleAfter}, by the
     * database's clock, so instances need not agree on the time): they will never finish, so they fail
     * with the reason. Jobs this instance holds and jobs a live instance keeps beating are left alone.
     */
    int failUnfinished(java.util.Set<Long> except, java.time.Duration staleAfter, String reason, Instant now) {
        return jdbc.sql("update import_job set status = 'FAILED', failure = :reason, finished_at = :now"
                        + " where status in ('QUEUED', 'RUNNING') and not (id = any (:except))"
                        + " and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => :stale))")
                .param("reason", reason).param("now", java.sql.Timestamp.from(now))
                .param("except", except.toArray(Long[]::new))
                .param("stale", staleAfter.toMillis() / 1000.0).update();
    }

    /**
     * The job with its first errors, read by one statement: a batch commits its counters and its errors
     * together, and two statements could see the counters of a batch without its errors (a DONE job with
     * rejected rows and no errors listed).
     */
    ImportJobView get(long id, int maxErrors) {
        return jdbc.sql("select " + COLUMNS + ", array(select e.line from import_job_error e where e.job_id = j.id"
                        + " order by e.seq limit :limit) as error_lines, array(select e.reason from import_job_error e"
                        + " where e.job_id = j.id order by e.seq limit :limit) as error_reasons"
                        + " from import_job j where id = :id")
                .param("id", id).param("limit", maxErrors)
                .query((rs, n) -> view(rs, errors(rs))).optional()
                .orElseThrow(() -> ApiException.notFound("import", id));
    }

    private static List<ImportError> errors(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long[] lines = (Long[]) rs.getArray("error_lines").getArray();
        String[] reasons = (String[]) rs.getArray("error_reasons").getArray();
        List<ImportError> errors = new java.util.ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            errors.add(new ImportError(lines[i], reasons[i]));
        }
        return errors;
    }

    PageResponse<ImportJobView> list(ImportStatus status, PageQuery page) {
        String where = status == null ? "" : " where status = :status";
        long total = jdbc.sql("select count(*) from import_job" + where)
                .param("status", status == null ? "" : status.name()).query(Long.class).single();
        List<ImportJobView> items = jdbc.sql("select " + COLUMNS + " from import_job" + where
                        + " order by submitted_at desc, id desc limit :limit offset :offset")
                .param("status", status == null ? "" : status.name())
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> view(rs, null)).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    private static ImportJobView view(java.sql.ResultSet rs, List<ImportError> errors) throws java.sql.SQLException {
        return new ImportJobView(rs.getLong("id"), ImportFormat.byKey(rs.getString("format")),
                ImportStatus.valueOf(rs.getString("status")), rs.getLong("read"), rs.getLong("created"),
                rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("skipped"), rs.getLong("rejected"), errors,
                rs.getLong("errors_omitted"), rs.getString("failure"), rs.getLong("bytes"), rs.getString("author"),
                Times.instant(rs, "submitted_at"), Times.instant(rs, "started_at"), Times.instant(rs, "finished_at"));
    }
}
