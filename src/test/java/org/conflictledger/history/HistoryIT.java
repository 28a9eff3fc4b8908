package org.conflictledger.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.conflictledger.support.Records;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class HistoryIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void recordsEveryWriteOfAStrikeWithTheKeysNameAndTheNewState() {
        Records records = new Records(api);
        long source = records.source();
        Api analyst = api.as(Api.ANALYST);
        long id = analyst.post("/api/v1/strikes", Records.strikeBody(source, "Izmail", 10)).id();
        assertThat(analyst.post("/api/v1/strikes/" + id + "/claims", Records.claimBody(source, 12)).status()).isEqualTo(201);
        assertThat(analyst.patch("/api/v1/strikes/" + id, json("{'place':'Izmail port'}"), "application/merge-patch+json")
                .status()).isEqualTo(200);
        assertThat(api.as(Api.ADMIN).delete("/api/v1/strikes/" + id).status()).isEqualTo(204);

        Api.Response revisions = api.anonymous().get("/api/v1/strikes/" + id + "/revisions");
        assertThat(revisions.status()).isEqualTo(200);
        JsonNode items = revisions.json().get("items");
        assertThat(items).hasSize(4);
        assertThat(List.of(op(items, 0), op(items, 1), op(items, 2), op(items, 3)))
                .containsExactly("CREATE", "UPDATE", "UPDATE", "DELETE");
        assertThat(items.get(0).get("author").asString()).isEqualTo("analyst");
        assertThat(items.get(3).get("author").asString()).isEqualTo("admin");
        assertThat(items.get(0).get("state").get("claims")).hasSize(1);
        assertThat(items.get(1).get("state").get("claims")).hasSize(2);
        assertThat(items.get(1).get("state").get("launched").get("claims").asInt()).isEqualTo(2);
        assertThat(items.get(2).get("state").get("place").asString()).isEqualTo("Izmail port");
        assertThat(items.get(3).get("state").isNull()).isTrue();
        assertThat(items.get(0).get("at").asString()).isNotBlank();
        assertThat(revisions.body()).doesNotContain(Api.ANALYST).doesNotContain(Api.ADMIN);
    }

    @Test
    void recordsTransitionsPositionsAndAllegationsOfACeaseFire() {
        Records records = new Records(api);
        long id = records.ceasefire("History moratorium");
        api.post("/api/v1/ceasefires/" + id + "/transitions", json("{'to':'AGREED','at':'2025-03-18T18:00:00Z'}"));
        api.put("/api/v1/ceasefires/" + id + "/parties/US", json("{'position':'PROPOSER'}"));
        api.post("/api/v1/ceasefires/" + id + "/allegations",
                json("{'accuser':'RU','accused':'UA','at':'2025-03-20T00:00:00Z'}"));
        JsonNode items = api.get("/api/v1/ceasefires/" + id + "/revisions").json().get("items");
        assertThat(items).hasSize(4);
        assertThat(items.get(0).get("state").get("history")).hasSize(1);
        assertThat(items.get(1).get("state").get("status").asString()).isEqualTo("AGREED");
        assertThat(items.get(1).get("state").get("history")).hasSize(2);
        assertThat(items.get(2).get("state").get("parties")).hasSize(3);
        assertThat(items.get(3).get("state").get("allegations")).hasSize(1);
    }

    @Test
    void revisionsOfSomethingThatNeverExistedAre404() {
        Api.Response response = api.get("/api/v1/negotiations/987654321/revisions");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void feedIsPagedByNextCursorAndAbsentOnTheLastPage() {
        long end = feedEnd();
        Records records = new Records(api);
        List<Long> ids = List.of(records.negotiation("Riyadh"), records.negotiation("Jeddah"),
                records.negotiation("Istanbul"));
        Api.Response first = api.anonymous().get("/api/v1/changes?since=" + end + "&size=2");
        assertThat(first.status()).isEqualTo(200);
        JsonNode page = first.json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("nextCursor").asLong()).isEqualTo(page.get("items").get(1).get("cursor").asLong());
        JsonNode rest = api.anonymous().get("/api/v1/changes?since=" + page.get("nextCursor").asLong() + "&size=2").json();
        assertThat(rest.get("items")).hasSize(1);
        assertThat(rest.has("nextCursor")).isFalse();
        List<Long> seen = new ArrayList<>();
        page.get("items").forEach(i -> seen.add(i.get("id").asLong()));
        rest.get("items").forEach(i -> seen.add(i.get("id").asLong()));
        assertThat(seen).containsExactlyElementsOf(ids);
        JsonNode item = rest.get("items").get(0);
        assertThat(item.get("resource").asString()).isEqualTo("negotiation");
        assertThat(item.get("op").asString()).isEqualTo("CREATE");
        assertThat(item.get("at").asString()).isNotBlank();
        assertThat(api.get("/api/v1/changes?since=-1").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/changes?resource=party").status()).isEqualTo(400);
    }

    /**
     * Writers race while a reader follows the feed with since=: the reader must see every change
     * exactly once and in cursor order, however the writers' transactions interleave.
     */
    @Test
    void aReaderFollowingTheFeedNeverMissesNorDoublesAChangeUnderConcurrentWriters() throws Exception {
        long start = feedEnd();
        Records records = new Records(api);
        long source = records.source();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        Future<?> reader = pool.submit(() -> {
            long since = start;
            boolean last = false;
            while (!last) {
                last = !writing.get();
                JsonNode page = api.anonymous().get("/api/v1/changes?size=7&since=" + since).json();
                for (JsonNode item : page.get("items")) {
                    seen.add(item.get("cursor").asLong());
                    since = item.get("cursor").asLong();
                }
                if (page.has("nextCursor")) {
                    last = false;
                }
            }
            return null;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    long id = records.strike(source, "Feed race");
                    api.post("/api/v1/strikes/" + id + "/claims", Records.claimBody(source, 7));
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        reader.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        List<Long> recorded = jdbc.sql("select pos from change_log where pos > ? order by pos").param(start)
                .query(Long.class).list();
        assertThat(recorded).hasSizeGreaterThanOrEqualTo(120);
        assertThat(seen).containsExactlyElementsOf(recorded);
    }

    /** The path a bulk import takes: rows written set-based, then one call records a change for each. */
    @Test
    void recordsThousandsOfChangesInOneSetBasedCall() {
        long source = new Records(api).source();
        int recorded = transactions.execute(status -> {
            List<Long> ids = jdbc.sql("insert into strike (attacker, target, started_at, ended_at, time_precision,"
                            + " geo_precision, weapon_category, launched_low, launched_best, launched_claims)"
                            + " select 'RU', 'UA', timestamptz '2024-01-01' + n * interval '1 hour',"
                            + " timestamptz '2024-01-01' + n * interval '1 hour', 'HOUR', 'COUNTRY', 'DRONE', n, n, 1"
                            + " from generate_series(1, 2000) n returning id")
                    .query(Long.class).list();
            jdbc.sql("insert into claim (strike_id, source_id, launched_value, launched_qualifier)"
                    + " select s.id, :source, s.launched_best, 'EXACT' from strike s where s.id = any (:ids)")
                    .param("source", source).param("ids", ids.toArray(Long[]::new)).update();
            return changeLog.record(ChangeResource.STRIKE, ids, ChangeOp.CREATE, "import:test");
        });
        assertThat(recorded).isEqualTo(2000);
        JsonNode last = api.get("/api/v1/changes?resource=strike&since=" + (feedEnd() - 1)).json().get("items").get(0);
        JsonNode revision = api.get("/api/v1/strikes/" + last.get("id").asLong() + "/revisions").json().get("items").get(0);
        assertThat(revision.get("author").asString()).isEqualTo("import:test");
        assertThat(revision.get("state").get("claims")).hasSize(1);
        assertThat(revision.get("state").get("claims").get(0).get("launched").get("qualifier").asString())
                .isEqualTo("EXACT");
    }

    @Test
    void everyListTakesUpdatedSince() {
        Records records = new Records(api);
        long source = records.source();
        String since = api.get("/api/v1/sources/" + source).json().get("updatedAt").asString();
        records.strike(source, "Updated since");
        records.ceasefire("Updated since");
        records.negotiation("Updated since");
        api.post("/api/v1/tracks", json("{'name':'Updated since " + System.nanoTime() + "'}"));
        api.post("/api/v1/parties", json("{'code':'UPDS','name':'Updated since','kind':'OTHER'}"));
        for (String list : List.of("strikes", "ceasefires", "negotiations", "tracks", "sources", "parties")) {
            Api.Response recent = api.get("/api/v1/" + list + "?updatedSince=" + since);
            assertThat(recent.status()).as(list).isEqualTo(200);
            assertThat(recent.json().get("total").asLong()).as(list).isPositive();
            for (JsonNode item : recent.json().get("items")) {
                assertThat(Instant.parse(item.get("updatedAt").asString())).as(list)
                        .isAfterOrEqualTo(Instant.parse(since));
            }
            assertThat(api.get("/api/v1/" + list + "?updatedSince=2199-01-01T00:00:00Z").json().get("total").asLong())
                    .as(list).isZero();
            assertThat(api.get("/api/v1/" + list + "?updatedSince=yesterday").status()).as(list).isEqualTo(400);
        }
        api.delete("/api/v1/parties/UPDS");
    }

    @Test
    void allegationsAndStrikeExportsTakeUpdatedSince() {
        Records records = new Records(api);
        long source = records.source();
        String since = api.get("/api/v1/sources/" + source).json().get("updatedAt").asString();
        long ceasefire = records.ceasefire("Allegations since");
        Api.Response alleged = api.post("/api/v1/ceasefires/" + ceasefire + "/allegations",
                json("{'accuser':'UA','accused':'RU','at':'2025-03-20T00:00:00Z'}"));
        assertThat(alleged.status()).isEqualTo(201);
        // a strike with coordinates, so that the GeoJSON export (located strikes only) has it
        long strike = api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'2025-03-02T01:00:00Z',"
                + "'timePrecision':'DAY','place':'Odesa','region':'Odesa oblast','country':'UA','latitude':46.48,"
                + "'longitude':30.72,'geoPrecision':'TOWN','weaponCategory':'DRONE','claims':["
                + Records.claimBody(source, 12) + "]}")).id();

        JsonNode recent = api.get("/api/v1/allegations?size=100&updatedSince=" + since).json();
        List<Long> ids = new ArrayList<>();
        recent.get("items").forEach(a -> ids.add(a.get("id").asLong()));
        assertThat(ids).contains(alleged.id());
        recent.get("items").forEach(a -> assertThat(Instant.parse(a.get("createdAt").asString()))
                .isAfterOrEqualTo(Instant.parse(since)));
        assertThat(api.get("/api/v1/allegations?updatedSince=2199-01-01T00:00:00Z").json().get("total").asLong()).isZero();
        assertThat(api.get("/api/v1/allegations?updatedSince=yesterday").status()).isEqualTo(400);

        String csv = api.get("/api/v1/strikes?format=csv&updatedSince=" + since).body();
        assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .contains(String.valueOf(strike));
        assertThat(api.get("/api/v1/strikes?format=csv&updatedSince=2199-01-01T00:00:00Z").body().lines()).hasSize(1);
        JsonNode geo = api.get("/api/v1/strikes?format=geojson&updatedSince=" + since).json();
        List<Long> located = new ArrayList<>();
        geo.get("features").forEach(f -> located.add(f.get("properties").get("id").asLong()));
        assertThat(located).contains(strike);
        assertThat(api.get("/api/v1/strikes?format=geojson&updatedSince=2199-01-01T00:00:00Z").json().get("features"))
                .isEmpty();
        assertThat(api.get("/api/v1/strikes?format=csv&updatedSince=yesterday").status()).isEqualTo(400);
    }

    // the feed's end once every committed change has its cursor: a write of an earlier test may still wait
    // for the background sequencer, and would otherwise be numbered after this end
    private long feedEnd() {
        changeLog.sequence();
        return jdbc.sql("select coalesce(max(pos), 0) from change_log").query(Long.class).single();
    }

    private static String op(JsonNode items, int index) {
        return items.get(index).get("op").asString();
    }
}
