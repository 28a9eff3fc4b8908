package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.conflictledger.common.StatementTimeouts;
import org.conflictledger.common.TimePrecision;
import org.conflictledger.history.ChangeLog;
import org.conflictledger.strike.Figure;
import org.conflictledger.strike.GeoPrecision;
import org.conflictledger.strike.Qualifier;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.StrikeRollupRefresher;
import org.conflictledger.strike.TargetCategory;
import org.conflictledger.strike.WeaponCategory;
import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.conflictledger.support.Records;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Writers never wait for an import, and every answer stays exact while one runs: an import batch is
 * held open inside its transaction (after writing its strikes, claims, external ids, changes and dirty
 * days) while API writes commit and statistics, list totals and a compliance report are compared with
 * plain SQL over what has committed.
 */
class ImportConcurrencyIT extends IntegrationTest {

    private static final String DATASET = "concurrency-test";
    private static final String REGION = "Concurrency oblast";

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ChangeLogStrikeChanges changes;

    @Autowired
    StatementTimeouts timeouts;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    StrikeRollupRefresher refresher;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A writer whose change recording (the last step inside the batch's transaction) also runs {@code inside}. */
    private StrikeBulkWriter writer(Runnable inside) {
        StrikeChanges holding = new StrikeChanges() {
            @Override
            public void beforeUpdate(List<Long> updated) {
                changes.beforeUpdate(updated);
            }

            @Override
            public void record(List<Long> created, List<Long> updated, String author) {
                changes.record(created, updated, author);
                inside.run();
            }
        };
        return new StrikeBulkWriter(dataSource, transactions, jobs, holding, timeouts, clock);
    }

    private static ImportRow row(long sourceId, long line, String key, Instant start, String attacker, String target,
            int launched, TargetCategory category, String region) {
        ImportClaim claim = new ImportClaim(sourceId, null, null, null, null, "concurrency-" + key,
                Map.of(Figure.LAUNCHED, StatedFigure.of(launched, Qualifier.EXACT)), false);
        return new ImportRow(line, DATASET, key, Map.of(), attacker, target, start, start.plusSeconds(3600),
                TimePrecision.HOUR, null, region, "UA", null, null, GeoPrecision.REGION, null, WeaponCategory.DRONE,
                List.of(), List.of(category.name()), List.of(claim));
    }

    private ImportBatch batch(long sourceId, String prefix, int rows, int seed, String region) {
        ImportBatch batch = new ImportBatch();
        for (int i = 0; i < rows; i++) {
            int n = i * 7 + seed * 13;
            // starts at hh:10 between 01:10 and 20:10 on a January 2171 day: no window crosses midnight
            Instant start = Instant.parse("2171-01-01T01:10:00Z").plusSeconds(86_400L * (n % 31) + 3600L * (n % 20));
            boolean ru = n % 3 != 0;
            batch.add(row(sourceId, i + 2, prefix + "-" + i, start, ru ? "RU" : "UA", ru ? "UA" : "RU", 1 + n % 50,
                    n % 4 == 0 ? TargetCategory.RESIDENTIAL : TargetCategory.ENERGY, region));
        }
        return batch;
    }

    private long source() {
        return new Records(api).source();
    }

    @Test
    void anApiWriteToAnotherStrikeCommitsWhileAnImportBatchIsOpen() throws Exception {
        long source = source();
        Records records = new Records(api);
        long existing = records.strike(source, "Before the import");
        long ceasefire = records.ceasefire("While importing " + System.nanoTime());
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StrikeBulkWriter writer = writer(() -> {
            inside.countDown();
            try {
                release.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long job = jobs.create(ImportFormat.LEDGER, "tester", 0, clock.instant());
        ImportBatch batch = batch(source, "open", 400, 1, "Open batch oblast");
        Future<?> importing = pool.submit(() -> writer.write(job, "tester", batch, new ImportCounters(10)));
        assertThat(inside.await(120, TimeUnit.SECONDS)).as("the batch reached its last step").isTrue();

        // the batch holds 400 new strikes, their claims, external ids, changes and dirty days, uncommitted
        Api.Response created = api.post("/api/v1/strikes", Records.strikeBody(source, "While importing", 7));
        Api.Response claim = api.post("/api/v1/strikes/" + existing + "/claims", Records.claimBody(source, 9));
        Api.Response agreed = api.post("/api/v1/ceasefires/" + ceasefire + "/transitions",
                json("{'to':'AGREED','at':'2025-03-19T00:00:00Z'}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);
        assertThat(importing.isDone()).as("the import batch is still open").isFalse();
        // committed: another connection sees the API's writes and none of the batch's rows
        assertThat(count("select count(*) from strike where id = " + created.id())).isEqualTo(1);
        assertThat(count("select count(*) from claim where strike_id = " + existing)).isEqualTo(2);
        assertThat(count("select count(*) from strike_external_id where dataset = '" + DATASET + "'"
                + " and external_id like 'open-%'")).isZero();
        long apiCursor = feedCursorOfCreation(created.id());

        release.countDown();
        importing.get(120, TimeUnit.SECONDS);
        assertThat(count("select count(*) from strike_external_id where dataset = '" + DATASET + "'"
                + " and external_id like 'open-%'")).isEqualTo(400);
        // the feed lists the API write, which committed first, before every change of the batch
        changeLog.sequence();
        long firstImported = count("select min(c.pos) from change_log c join strike_external_id e on e.strike_id ="
                + " c.resource_id where c.resource = 'strike' and e.dataset = '" + DATASET + "'"
                + " and e.external_id like 'open-%'");
        assertThat(apiCursor).isLessThan(firstImported);
        assertThat(count("select count(*) from change_log c join strike_external_id e on e.strike_id = c.resource_id"
                + " where c.resource = 'strike' and e.dataset = '" + DATASET + "' and e.external_id like 'open-%'"))
                .as("one change per imported strike").isEqualTo(400);
    }

    @Test
    void anImportedStrikesRevisionReadsAsTheStateItHadBeforeItsFirstLaterChange() {
        long source = source();
        long job = jobs.create(ImportFormat.LEDGER, "tester", 0, clock.instant());
        writer(() -> { }).write(job, "importer", batch(source, "lazy", 3, 5, "Lazy oblast"),
                new ImportCounters(10));
        long id = count("select strike_id from strike_external_id where dataset = '" + DATASET
                + "' and external_id = 'lazy-1'");
        JsonNode created = api.get("/api/v1/strikes/" + id + "/revisions").json().get("items");
        assertThat(created).hasSize(1);
        assertThat(created.get(0).get("op").asString()).isEqualTo("CREATE");
        assertThat(created.get(0).get("author").asString()).isEqualTo("importer");
        assertThat(created.get(0).get("state").get("claims")).hasSize(1);
        assertThat(count("select count(*) from change_log_state s join change_log c on c.seq = s.seq"
                + " where c.resource_id = " + id + " and c.resource = 'strike'")).as("not materialised yet").isZero();

        assertThat(api.post("/api/v1/strikes/" + id + "/claims", Records.claimBody(source, 99)).status()).isEqualTo(201);
        assertThat(api.patch("/api/v1/strikes/" + id, json("{'place':'Renamed'}"), "application/merge-patch+json")
                .status()).isEqualTo(200);
        JsonNode revisions = api.get("/api/v1/strikes/" + id + "/revisions").json().get("items");
        assertThat(revisions).hasSize(3);
        assertThat(revisions.get(0).get("state").get("claims")).as("the imported state").hasSize(1);
        assertThat(revisions.get(0).get("state").get("place").isNull()).isTrue();
        assertThat(revisions.get(0).get("state").get("version").asLong()).isZero();
        assertThat(revisions.get(1).get("state").get("claims")).hasSize(2);
        assertThat(revisions.get(2).get("state").get("place").asString()).isEqualTo("Renamed");
        assertThat(revisions.get(0).get("cursor").asLong()).isLessThan(revisions.get(1).get("cursor").asLong());
    }

    private long feedCursorOfCreation(long strikeId) {
        long cursor = 0;
        while (true) {
            JsonNode page = api.get("/api/v1/changes?resource=strike&size=500&since=" + cursor).json();
            for (JsonNode item : page.get("items")) {
                if (item.get("id").asLong() == strikeId && item.get("op").asString().equals("CREATE")) {
                    return item.get("cursor").asLong();
                }
                cursor = item.get("cursor").asLong();
            }
            if (!page.has("nextCursor")) {
                throw new AssertionError("strike " + strikeId + " is not in the feed");
            }
        }
    }

    @Test
    void statisticsListTotalsAndComplianceEqualPlainSqlDuringAndAfterAnImport() throws Exception {
        long source = source();
        long ceasefire = api.post("/api/v1/ceasefires", json("{'name':'Concurrency truce " + System.nanoTime()
                + "','scope':'COMPREHENSIVE','parties':[{'party':'RU','position':'ACCEPTED'},{'party':'UA',"
                + "'position':'ACCEPTED'}],'proposedAt':'2171-01-01T00:00:00Z'}")).id();
        assertThat(api.post("/api/v1/ceasefires/" + ceasefire + "/transitions",
                json("{'to':'IN_FORCE','at':'2171-01-10T00:00:00Z'}")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/ceasefires/" + ceasefire + "/transitions",
                json("{'to':'EXPIRED','at':'2171-01-20T00:00:00Z'}")).status()).isEqualTo(201);
        refresher.refreshAll();
        List<String> checked = new ArrayList<>();
        // each check runs on another connection while the next batch is open: it sees the batches committed
        StrikeBulkWriter writer = writer(() -> {
            try {
                pool.submit(() -> checked.add(assertExact(ceasefire))).get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (int b = 0; b < 3; b++) {
            long job = jobs.create(ImportFormat.LEDGER, "tester", 0, clock.instant());
            writer.write(job, "tester", batch(source, "exact-" + b, 300, b, REGION), new ImportCounters(10));
        }
        // after the import, before and after the refresher has folded the dirty days in
        checked.add(assertExact(ceasefire));
        refresher.refreshAll();
        assertThat(refresher.backlog()).isZero();
        checked.add(assertExact(ceasefire));
        assertThat(checked).containsExactly("0 strikes", "300 strikes", "600 strikes", "900 strikes", "900 strikes");
    }

    /** Compares the API's answers with plain SQL over the committed strikes; returns how many strikes it saw. */
    private String assertExact(long ceasefire) {
        String window = "from=2171-01-01T00:00:00Z&to=2171-02-01T00:00:00Z";
        String where = " from strike where region = '" + REGION + "' and started_at >= '2171-01-01T00:00:00Z'"
                + " and started_at < '2171-02-01T00:00:00Z'";
        // statistics by UTC day and attacker, from the rollups (dirty days from the strike table)
        JsonNode stats = api.get("/api/v1/stats/strikes?bucket=day&groupBy=attacker&region=" + REGION.replace(" ", "%20")
                + "&" + window).json();
        assertThat(stats.get("source").asString()).startsWith("rollup");
        Map<String, String> answered = new HashMap<>();
        for (JsonNode bucket : stats.get("buckets")) {
            answered.put(Instant.parse(bucket.get("start").asString()) + " " + bucket.get("group").asString(),
                    bucket.get("strikes").asLong() + " " + bucket.get("launched").get("best").asLong());
        }
        Map<String, String> plain = new HashMap<>();
        jdbc.sql("select date_trunc('day', started_at, 'UTC') as day, attacker, count(*) as n, sum(launched_best) as best"
                + where + " group by 1, 2").query(rs -> {
                    plain.put(rs.getTimestamp("day").toInstant() + " " + rs.getString("attacker"),
                            rs.getLong("n") + " " + rs.getLong("best"));
                });
        assertThat(answered).isEqualTo(plain);
        // by target category (a strike counts in each of its categories), per month, in Kyiv time (hourly rows)
        JsonNode kyiv = api.get("/api/v1/stats/strikes?bucket=month&tz=Europe/Kyiv&groupBy=targetCategory&"
                + "from=2171-01-01T00:00:00Z&to=2171-02-01T00:00:00Z&attacker=RU").json();
        long energy = 0;
        for (JsonNode bucket : kyiv.get("buckets")) {
            if ("ENERGY".equals(bucket.get("group").asString())) {
                energy += bucket.get("strikes").asLong();
            }
        }
        assertThat(energy).isEqualTo(count("select count(*) from strike where attacker = 'RU'"
                + " and started_at >= '2171-01-01T00:00:00Z' and started_at < '2171-02-01T00:00:00Z'"
                + " and target_categories @> array['ENERGY']"));
        // list totals, with and without more filters
        long total = count("select count(*)" + where);
        assertThat(api.get("/api/v1/strikes?size=1&region=" + REGION.replace(" ", "%20") + "&" + window).json()
                .get("total").asLong()).isEqualTo(total);
        assertThat(api.get("/api/v1/strikes?size=1&attacker=UA&region=" + REGION.replace(" ", "%20") + "&" + window)
                .json().get("total").asLong()).isEqualTo(count("select count(*)" + where + " and attacker = 'UA'"));
        // compliance: every strike between the parties inside the in-force time (no window crosses its edges)
        JsonNode report = api.get("/api/v1/ceasefires/" + ceasefire + "/compliance").json();
        String parties = " from strike where ((attacker = 'RU' and target = 'UA') or (attacker = 'UA' and target = 'RU'))";
        assertThat(report.get("covered").get("total").asLong()).isEqualTo(count("select count(*)" + parties
                + " and started_at >= '2171-01-10T00:00:00Z' and started_at < '2171-01-20T00:00:00Z'"));
        return total + " strikes";
    }

    private long count(String sql) {
        Long n = jdbc.sql(sql).query(Long.class).single();
        return n == null ? 0 : n;
    }
}
