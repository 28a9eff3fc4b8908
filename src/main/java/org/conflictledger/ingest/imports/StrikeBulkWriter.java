package org.conflictledger.ingest.imports;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.conflictledger.strike.Figure;
import org.conflictledger.strike.Qualifier;
import org.conflictledger.strike.ReconciledFigure;
import org.conflictledger.strike.Reconciliation;
import org.conflictledger.strike.StatedFigure;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.conflictledger.common.StatementTimeouts;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one batch in one transaction, set-based: COPY into temporary staging tables, then a few
 * INSERT … SELECT and UPDATE … FROM statements into {@code strike}, {@code claim},
 * {@code strike_external_id} and {@code import_record}. Plain SQL and COPY rather than JPA: a
 * million rows must go in at database speed. Only ordinary INSERT and UPDATE statements touch the
 * strike tables, so triggers on them (statistics roll-ups) see every change.
 *
 * <p>A row whose key is new creates a strike (figures reconciled in Java from its claims, by
 * {@link Reconciliation}); a known row whose content hash is unchanged is left alone; a changed row
 * updates the strike's fields and its own claims in place, and a row whose key names a strike made
 * elsewhere (through the API) adds its claims to it. Both then reconcile the strike again from all of
 * its claims, other sources' included.
 *
 * <p>Each insert goes in the order of the index it would otherwise scatter most: strikes by
 * {@code started_at} (five of their indexes begin with the time or follow it closely), external ids and
 * import records by their key (hashes, for most formats). A batch's rows are spread over the whole of a
 * large index, and with PostgreSQL's default 128 MB of shared buffers a page read for one row was
 * evicted again before the next row that needed it: in {@code psql}, 200,000 strikes went into a ledger
 * of 2,000,000 in 10.5–13.2 s in time order against 20.2–21.5 s in file order.
 */
@Component
class StrikeBulkWriter {

    private static final String STRIKE_COLUMNS = "attacker, target, started_at, ended_at, time_precision, place,"
            + " region, country, latitude, longitude, geo_precision, launch_place, weapon_category, weapon_models,"
            + " target_categories";
    private static final String FIGURE_COLUMNS = figureColumns("low", "best", "high", "claims");
    private static final String STATED_COLUMNS = figureColumns("value", "qualifier", "low", "high");
    private static final String CLAIM_COLUMNS = "source_id, claimant, attributed_to, reported_at, quote, reference, "
            + STATED_COLUMNS + ", inconsistent";

    /**
     * The rows of the batch that name a known strike, with what the last import of each row left, by a join
     * the planner chooses: over a small ledger a hash join that reads all of {@code strike_external_id} is
     * cheapest.
     */
    private static final String MATCH_KNOWN_ROWS_BY_JOIN = """
            update imp_row r set strike_id = e.strike_id, old_hash = i.content_hash, old_claims = i.claim_ids,
                   seen_job = i.job_id, seen_line = i.line
            from strike_external_id e
            left join import_record i on i.dataset = e.dataset and i.external_id = e.external_id
                                      and i.strike_id = e.strike_id
            where e.dataset = r.dataset and e.external_id = r.external_id""";

    /**
     * The same by one probe of {@code strike_external_id}'s key per row (and of {@code import_record}'s when
     * it is known), made in the order of the external ids: the LATERAL subquery with its LIMIT is not pulled
     * up into a join. Measured in {@code psql} on a ledger of 2,000,000 strikes, 25,000 rows of which 5,000
     * known: 0.30–0.33 s, against 0.64–0.80 s for the join, which the planner answered with a hash join over
     * the whole of {@code strike_external_id} for every batch.
     */
    private static final String MATCH_KNOWN_ROWS_BY_PROBES = """
            update imp_row r set strike_id = m.strike_id, old_hash = m.content_hash, old_claims = m.claim_ids,
                   seen_job = m.job_id, seen_line = m.line
            from (select k.row_no, e.*
                  from (select row_no, dataset, external_id from imp_row order by dataset, external_id) k
                  cross join lateral (
                      select x.strike_id, i.content_hash, i.claim_ids, i.job_id, i.line
                      from strike_external_id x
                      left join import_record i on i.dataset = x.dataset and i.external_id = x.external_id
                                                and i.strike_id = x.strike_id
                      where x.dataset = k.dataset and x.external_id = k.external_id
                      limit 1) e) m
            where m.row_no = r.row_no""";

    /**
     * Probes instead of the join once {@code strike_external_id} holds this many rows per row of the batch
     * (by the planner's statistics; a table never analysed counts as small). Summed over the batches of a
     * million-row import (writers' time, {@code bench/import.sh}, 25,000 rows a batch): into an empty ledger
     * 10.7–12.3 s with the join (three runs) and 10.4–31.2 s with probes throughout (five runs: two took 26.6
     * and 31.2 s); into the ledger that then holds a million 24.8–27.5 s with the join (four runs) and
     * 13.4–16.5 s with probes (five runs). At 40 rows per batch row the second import, with a million
     * external ids analysed, stayed with the join.
     */
    static final double PROBES_ABOVE_ROWS_PER_BATCH_ROW = 20;

    private static final String STAGING = """
            create temporary table imp_row (
                row_no integer, line bigint, dataset varchar(64), external_id varchar(200), content_hash uuid,
                claim_count integer,
                attacker varchar(16), target varchar(16), started_at timestamptz, ended_at timestamptz,
                time_precision varchar(16), place varchar(300), region varchar(200), country varchar(2),
                latitude double precision, longitude double precision, geo_precision varchar(16),
                launch_place varchar(300), weapon_category varchar(32), weapon_models text[], target_categories text[],
                %s,
                strike_id bigint, action char(1), old_hash uuid, old_claims bigint[], seen_job bigint, seen_line bigint
            ) on commit drop;
            create temporary table imp_claim (
                row_no integer, ordinal integer,
                source_id bigint, claimant varchar(16), attributed_to varchar(300), reported_at timestamptz,
                quote varchar(2000), reference varchar(1000),
                %s,
                inconsistent boolean, claim_id bigint, fresh boolean not null default false
            ) on commit drop;
            create temporary table imp_ext (row_no integer, dataset varchar(64), external_id varchar(200))
                on commit drop;
            create temporary table imp_recon (strike_id bigint, %s) on commit drop;
            """.formatted(columnTypes(FIGURE_COLUMNS, "integer"),
            figureColumns("value integer", "qualifier varchar(16)", "low integer", "high integer"),
            columnTypes(FIGURE_COLUMNS, "integer"));

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final ImportJobs jobs;
    private final StrikeChanges changes;
    private final StatementTimeouts timeouts;
    private final Clock clock;
    /** Strikes a job must create or update before the planner statistics are refreshed after it. */
    private static final long ANALYZE_AFTER = 10_000;

    private volatile double probesAbove = PROBES_ABOVE_ROWS_PER_BATCH_ROW;
    private volatile String strikeSequence;
    private volatile String claimSequence;

    StrikeBulkWriter(DataSource dataSource, TransactionTemplate transactions, ImportJobs jobs, StrikeChanges changes,
            StatementTimeouts timeouts, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.jobs = jobs;
        this.changes = changes;
        this.timeouts = timeouts;
        this.clock = clock;
    }

    private static String figureColumns(String... parts) {
        List<String> columns = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            for (String part : parts) {
                columns.add(figure.field() + "_" + part);
            }
        }
        return String.join(", ", columns);
    }

    private static String columnTypes(String columns, String type) {
        return String.join(", ", java.util.Arrays.stream(columns.split(", ")).map(c -> c + " " + type).toList());
    }

    /** Writes the batch as the only one in flight (see below). */
    void write(long jobId, String author, ImportBatch batch, ImportCounters counters) {
        write(jobId, author, batch, counters, CompletableFuture.completedFuture(null));
    }

    /**
     * Writes the batch and stores the job's counters (including the parser's problems carried by the
     * batch) in the same transaction, so the counters always describe what is committed.
     * {@code previous} is the writing of the batch before this one, done or still running on another
     * connection: this batch's statements may run meanwhile as long as they only create strikes (its
     * external ids are not the previous batch's: the caller sees to that), but a batch that updates
     * existing strikes waits for it before writing, and every batch commits after it (not at all when
     * it failed). So the batches of a job commit in file order, and two of them never wait for each
     * other's row locks.
     */
    void write(long jobId, String author, ImportBatch batch, ImportCounters counters, Future<?> previous) {
        long start = System.nanoTime();
        ImportCounters own = new ImportCounters(Integer.MAX_VALUE, counters.stages);
        transactions.executeWithoutResult(status -> {
            own.read += batch.read();
            for (ImportBatch.Problem problem : batch.problems()) {
                if (problem.skipped()) {
                    own.skip(problem.line(), problem.reason());
                } else {
                    own.reject(problem.line(), problem.reason());
                }
            }
            if (batch.size() > 0) {
                try {
                    merge(jobId, author, batch, own, previous);
                } catch (SQLException | IOException e) {
                    throw new IllegalStateException("batch write failed: " + e.getMessage(), e);
                }
            }
            await(previous, counters.stages);
            counters.add(own);
            jobs.progress(jobId, counters, counters.drainErrors());
        });
        counters.stages.add("write: whole batch, commit included", start);
    }

    /**
     * After a job that changed many strikes: fresh planner statistics for {@code strike}. Until
     * autovacuum gets to it (a minute or more) a ledger that grew from nothing has none, and the
     * statistics of the days the import left dirty then read the strike table in a nested loop: 200,000
     * strikes took 100 s instead of about 1 s (measured on a loaded machine). It takes a fraction of a
     * second (a sample of 30,000 rows, whatever the table's size). {@code strike_external_id} too: the
     * duplicate finder looks up the data sets of every strike it blocks with, and with no statistics
     * (autovacuum had not analysed it after two 100,000-row imports) it did so by bitmap scans estimated
     * at 130 rows per strike; analysed, the search of 2,000 strikes took 15 % less (its select alone; the
     * finder's whole time after a 100,000-row import moved within the noise of three runs). About 0.1 s.
     */
    void analyzeAfter(ImportCounters counters) {
        if (counters.created + counters.updated >= ANALYZE_AFTER) {
            long start = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                timeouts.allowLongStatements();
                try (Statement statement = DataSourceUtils.getConnection(dataSource).createStatement()) {
                    statement.execute("analyze strike, strike_external_id");
                } catch (SQLException e) {
                    throw new IllegalStateException("analyze strike, strike_external_id failed: " + e.getMessage(), e);
                }
            });
            counters.stages.add("sql: analyze strike and external ids after the job", start);
        }
    }

    /** Whether {@code strike_external_id} is large enough for the match by probes (see the constant). */
    private boolean probesPay(Statement statement, int batchRows) throws SQLException {
        if (probesAbove <= 0) {
            return probesPay(-1, batchRows, probesAbove);
        }
        try (ResultSet rs = statement.executeQuery(
                "select reltuples from pg_class where oid = 'strike_external_id'::regclass")) {
            return probesPay(rs.next() ? rs.getDouble(1) : -1, batchRows, probesAbove);
        }
    }

    /**
     * The decision itself: {@code externalIds} as the statistics count them (-1: never analysed) against
     * {@code above} ids per batch row (0: always probes; negative: never).
     */
    static boolean probesPay(double externalIds, int batchRows, double above) {
        if (above < 0) {
            return false;
        }
        return above == 0 || externalIds > above * Math.max(batchRows, 1);
    }

    /**
     * For tests: probes above this many external ids per batch row (0: always; negative: never); else
     * {@link #PROBES_ABOVE_ROWS_PER_BATCH_ROW}.
     */
    void probesAbove(double rowsPerBatchRow) {
        this.probesAbove = rowsPerBatchRow;
    }

    /** Waits for the previous batch's writing; fails this batch when it failed. */
    private static void await(Future<?> previous, ImportStages stages) {
        long start = System.nanoTime();
        try {
            previous.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the previous batch", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the previous batch failed", e.getCause());
        }
        stages.add("write: wait for the previous batch", start);
    }

    private void merge(long jobId, String author, ImportBatch batch, ImportCounters counters, Future<?> previous)
            throws SQLException, IOException {
        ImportStages stages = counters.stages;
        long t = System.nanoTime();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Instant now = clock.instant();
        sequences(connection);
        // an import batch may take longer than an API query is allowed to (server and socket timeouts)
        timeouts.allowLongStatements();
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
            // no per-row revision triggers (V51): this writer fixes lazily recorded revisions itself
            statement.execute("set local ledger.bulk = 'on'");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("copy imp_row (row_no, line, dataset, external_id, content_hash, claim_count, " + STRIKE_COLUMNS
                + ", " + FIGURE_COLUMNS + ") from stdin", new StringReader(batch.rowsText()));
        copy.copyIn("copy imp_claim (row_no, ordinal, " + CLAIM_COLUMNS + ") from stdin",
                new StringReader(batch.claimsText()));
        if (batch.hasMoreIds()) {
            copy.copyIn("copy imp_ext (row_no, dataset, external_id) from stdin", new StringReader(batch.moreIdsText()));
        }
        t = stages.add("sql: staging tables and COPY", t);
        try (Statement statement = connection.createStatement()) {
            // the planner must know the batch's size: a few index probes per row, not a scan of a big ledger
            statement.execute("analyze imp_row (dataset, external_id)");
            // which rows name strikes that exist, and what the last import of each row left
            statement.executeUpdate(probesPay(statement, batch.size()) ? MATCH_KNOWN_ROWS_BY_PROBES
                    : MATCH_KNOWN_ROWS_BY_JOIN);
            t = stages.add("sql: match known rows", t);
            List<Integer> rejected = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select row_no, line, seen_line, dataset, external_id"
                    + " from imp_row where seen_job = " + jobId + " order by row_no")) {
                while (rs.next()) {
                    rejected.add(rs.getInt(1));
                    counters.reject(rs.getLong(2), "repeats the external id " + rs.getString(4) + "="
                            + rs.getString(5) + " of line " + rs.getLong(3));
                }
            }
            if (batch.hasMoreIds()) {
                try (ResultSet rs = statement.executeQuery("""
                        select distinct on (x.row_no) x.row_no, r.line, x.dataset, x.external_id, e.strike_id
                        from imp_ext x
                        join imp_row r on r.row_no = x.row_no
                        join strike_external_id e on e.dataset = x.dataset and e.external_id = x.external_id
                        where e.strike_id is distinct from r.strike_id and r.seen_job is distinct from %d
                        order by x.row_no""".formatted(jobId))) {
                    while (rs.next()) {
                        rejected.add(rs.getInt(1));
                        counters.reject(rs.getLong(2), "the external id " + rs.getString(3) + "=" + rs.getString(4)
                                + " belongs to strike " + rs.getLong(5) + " already");
                    }
                }
            }
            if (!rejected.isEmpty()) {
                String list = rejected.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
                for (String table : new String[] {"imp_row", "imp_claim", "imp_ext"}) {
                    statement.executeUpdate("delete from " + table + " where row_no in (" + list + ")");
                }
            }
            statement.executeUpdate("update imp_row set action = case when strike_id is null then 'C'"
                    + " when old_hash is null then 'A' when old_hash = content_hash then 'N' else 'U' end,"
                    + " strike_id = coalesce(strike_id, nextval('" + strikeSequence + "'))");
            // the planner must know how the actions split: the statements below filter on them
            statement.execute("analyze imp_row (action)");
            long creates = 0;
            long updates = 0;
            long attaches = 0;
            try (ResultSet rs = statement.executeQuery("select action, count(*) from imp_row group by action")) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "C" -> creates = rs.getLong(2);
                        case "U" -> updates = rs.getLong(2);
                        case "A" -> attaches = rs.getLong(2);
                        default -> counters.unchanged += rs.getLong(2);
                    }
                }
            }
            t = stages.add("sql: classify rows", t);
            counters.created += creates;
            counters.updated += updates + attaches;
            if (creates + updates + attaches == 0) {
                return;
            }
            if (updates + attaches > 0) {
                // existing strikes change: never alongside the previous batch (no two batches wait for
                // each other's row locks, and this one reconciles from its committed claims)
                await(previous, stages);
            }
            String stamp = "'" + now + "'::timestamptz";
            List<Long> updated = updates + attaches == 0 ? List.of() : ids(statement, "'U', 'A'");
            changes.beforeUpdate(updated);
            t = stages.add("sql: revisions before updates", t);
            if (creates > 0) {
                statement.executeUpdate("insert into strike (id, version, " + STRIKE_COLUMNS + ", " + FIGURE_COLUMNS
                        + ", created_at, updated_at) select strike_id, 0, " + STRIKE_COLUMNS + ", " + FIGURE_COLUMNS
                        + ", " + stamp + ", " + stamp + " from imp_row where action = 'C' order by started_at");
                t = stages.add("sql: strike insert", t);
            }
            if (updates > 0) {
                statement.executeUpdate("update strike s set (" + STRIKE_COLUMNS + ") = (" + prefixed("r.",
                        STRIKE_COLUMNS) + ") from imp_row r where r.action = 'U' and s.id = r.strike_id");
                // the row's own claims are changed in place; the ones that are gone get new ids below
                statement.executeUpdate("""
                        update imp_claim c set claim_id = r.old_claims[c.ordinal]
                        from imp_row r
                        where r.row_no = c.row_no and r.action = 'U' and c.ordinal <= cardinality(r.old_claims)
                          and exists (select 1 from claim k where k.id = r.old_claims[c.ordinal]
                                                             and k.strike_id = r.strike_id)""");
                statement.executeUpdate("update claim k set (" + CLAIM_COLUMNS + ", updated_at) = (" + prefixed("c.",
                        CLAIM_COLUMNS) + ", " + stamp + ") from imp_claim c where c.claim_id is not null"
                        + " and k.id = c.claim_id");
                statement.executeUpdate("""
                        delete from claim k using imp_row r
                        where r.action = 'U' and k.strike_id = r.strike_id
                          and k.id = any (r.old_claims[r.claim_count + 1:])""");
                t = stages.add("sql: strike and claim updates", t);
            }
            statement.executeUpdate("update imp_claim c set claim_id = nextval('" + claimSequence + "'), fresh = true"
                    + " from imp_row r where r.row_no = c.row_no and r.action <> 'N' and c.claim_id is null");
            t = stages.add("sql: claim ids", t);
            statement.executeUpdate("insert into claim (id, strike_id, " + CLAIM_COLUMNS + ", created_at, updated_at)"
                    + " select c.claim_id, r.strike_id, " + prefixed("c.", CLAIM_COLUMNS) + ", " + stamp + ", "
                    + stamp + " from imp_claim c join imp_row r on r.row_no = c.row_no where c.fresh"
                    + " order by c.claim_id");
            t = stages.add("sql: claim insert", t);
            if (creates > 0) {
                statement.executeUpdate("insert into strike_external_id (dataset, external_id, strike_id)"
                        + " select dataset, external_id, strike_id from imp_row where action = 'C'"
                        + " order by dataset, external_id");
            }
            if (batch.hasMoreIds()) {
                statement.executeUpdate("""
                        insert into strike_external_id (dataset, external_id, strike_id)
                        select x.dataset, x.external_id, r.strike_id from imp_ext x join imp_row r on r.row_no = x.row_no
                        where r.action <> 'N' order by x.dataset, x.external_id on conflict do nothing""");
            }
            t = stages.add("sql: external id insert", t);
            statement.executeUpdate("""
                    insert into import_record (dataset, external_id, strike_id, claim_ids, content_hash, job_id, line)
                    select r.dataset, r.external_id, r.strike_id, c.ids, r.content_hash, %d, r.line
                    from imp_row r
                    join (select c.row_no, array_agg(c.claim_id order by c.ordinal) as ids
                          from imp_claim c join imp_row r on r.row_no = c.row_no and r.action <> 'N'
                          group by c.row_no) c on c.row_no = r.row_no
                    where r.action <> 'N'
                    order by r.dataset, r.external_id
                    on conflict (dataset, external_id) do update set strike_id = excluded.strike_id,
                        claim_ids = excluded.claim_ids, content_hash = excluded.content_hash,
                        job_id = excluded.job_id, line = excluded.line""".formatted(jobId));
            t = stages.add("sql: import records", t);
            if (updates + attaches > 0) {
                reconcile(connection, copy, statement, stamp);
                t = stages.add("sql: reconcile updated strikes", t);
            }
            List<Long> created = creates == 0 ? List.of() : ids(statement, "'C'");
            changes.record(created, updated, author);
            stages.add("sql: change log", t);
        }
    }

    /** Reconciles the touched strikes again from all of their claims, in Java, and writes the figures back. */
    private void reconcile(Connection connection, CopyManager copy, Statement statement, String stamp)
            throws SQLException, IOException {
        StringBuilder text = new StringBuilder();
        try (ResultSet rs = statement.executeQuery("select k.strike_id, k.id, k.source_id, "
                + STATED_COLUMNS + " from claim k"
                + " where k.strike_id in (select strike_id from imp_row where action in ('U', 'A'))"
                + " order by k.strike_id, k.id")) {
            long current = -1;
            Map<Figure, List<Reconciliation.Statement>> statements = new EnumMap<>(Figure.class);
            while (rs.next()) {
                long strikeId = rs.getLong(1);
                if (strikeId != current) {
                    if (current >= 0) {
                        reconciledRow(text, current, statements);
                    }
                    current = strikeId;
                    statements.clear();
                }
                int column = 4;
                for (Figure figure : Figure.values()) {
                    int value = rs.getInt(column);
                    StatedFigure stated = null;
                    if (!rs.wasNull()) {
                        Integer low = (Integer) rs.getObject(column + 2);
                        Integer high = (Integer) rs.getObject(column + 3);
                        stated = new StatedFigure(value, Qualifier.valueOf(rs.getString(column + 1)), low, high);
                    }
                    statements.computeIfAbsent(figure, f -> new ArrayList<>())
                            .add(new Reconciliation.Statement(rs.getLong(2), rs.getLong(3), stated));
                    column += 4;
                }
            }
            if (current >= 0) {
                reconciledRow(text, current, statements);
            }
        }
        copy.copyIn("copy imp_recon (strike_id, " + FIGURE_COLUMNS + ") from stdin", new StringReader(text.toString()));
        statement.executeUpdate("update strike s set (" + FIGURE_COLUMNS + ", version, updated_at) = ("
                + prefixed("x.", FIGURE_COLUMNS) + ", s.version + 1, " + stamp + ") from imp_recon x"
                + " where s.id = x.strike_id");
    }

    private static void reconciledRow(StringBuilder text, long strikeId,
            Map<Figure, List<Reconciliation.Statement>> statements) {
        CopyText row = new CopyText(text).number(strikeId);
        for (Figure figure : Figure.values()) {
            ReconciledFigure f = Reconciliation.reconcile(statements.getOrDefault(figure, List.of()));
            row.number(f == null ? null : f.low()).number(f == null ? null : f.best())
                    .number(f == null ? null : f.high()).number(f == null ? 0 : f.claims());
        }
        row.endRow();
    }

    private static List<Long> ids(Statement statement, String actions) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select strike_id from imp_row where action in (" + actions + ")"
                + " order by strike_id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static String prefixed(String prefix, String columns) {
        return String.join(", ", java.util.Arrays.stream(columns.split(", ")).map(c -> prefix + c).toList());
    }

    private void sequences(Connection connection) throws SQLException {
        if (strikeSequence != null) {
            return;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_get_serial_sequence('strike', 'id'),"
                     + " pg_get_serial_sequence('claim', 'id')")) {
            rs.next();
            claimSequence = rs.getString(2);
            strikeSequence = rs.getString(1);
        }
    }
}
