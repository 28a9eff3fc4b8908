package org.conflictledger.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event recorded twice becomes a candidate pair with its parts; a merge counts it once, redirects
 * the merged id and is undone exactly; a dismissed pair never returns; a wave and a located strike
 * inside it are linked, not merged; two rows of one data set are never paired. Each test uses a
 * year of its own, so the strikes of other tests never meet its own.
 */
class DuplicatesIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    DuplicateService duplicates;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @org.springframework.beans.factory.annotation.Autowired
    DuplicateFinder finder;

    private JsonNode runImport(String format, String csv) {
        Api.Response posted = api.sendBytes("POST", "/api/v1/imports?format=" + format,
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(202);
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode job = api.get("/api/v1/imports/" + posted.id()).json();
            if (job.get("status").asString().equals("DONE") || job.get("status").asString().equals("FAILED")) {
                assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
                return job;
            }
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private long source(String publisher, String kind) {
        Api.Response created = api.post("/api/v1/sources", json("{'publisher':'" + publisher + "','kind':'" + kind
                + "','url':'https://example.org/dup/" + UUID.randomUUID() + "'}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private long strike(String body) {
        Api.Response created = api.post("/api/v1/strikes", json(body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private List<JsonNode> candidatesOf(long strikeId, String status) {
        JsonNode page = api.get("/api/v1/duplicates?size=100&strike=" + strikeId + (status == null ? ""
                : "&status=" + status)).json();
        List<JsonNode> out = new ArrayList<>();
        page.get("items").forEach(out::add);
        return out;
    }

    private static List<Long> ids(JsonNode candidate) {
        List<Long> out = new ArrayList<>();
        candidate.get("strikes").forEach(s -> out.add(s.get("id").asLong()));
        return out;
    }

    private long strikesCounted(String from, String to) {
        JsonNode stats = api.get("/api/v1/stats/strikes?bucket=day&from=" + from + "&to=" + to).json();
        long total = 0;
        for (JsonNode bucket : stats.get("buckets")) {
            total += bucket.get("strikes").asLong();
        }
        return total;
    }

    /** The cursor of the newest change of strikes (0 when none). */
    private long lastChangeCursor() {
        long cursor = 0;
        for (JsonNode change : changesSince(0)) {
            cursor = change.get("cursor").asLong();
        }
        return cursor;
    }

    private List<JsonNode> changesSince(long since) {
        List<JsonNode> out = new ArrayList<>();
        String next = String.valueOf(since);
        while (next != null) {
            JsonNode page = api.get("/api/v1/changes?resource=strike&size=500&since=" + next).json();
            page.get("items").forEach(out::add);
            next = page.has("nextCursor") && !page.get("nextCursor").isNull() ? page.get("nextCursor").asString() : null;
        }
        return out;
    }

    private static JsonNode withoutVersion(JsonNode strike) {
        ObjectNode copy = (ObjectNode) strike.deepCopy();
        copy.remove("version");
        copy.remove("updatedAt");
        return copy;
    }

    /**
     * The list's total (read from the kept counts, V113, when no time, strike or data-set filter is given)
     * equals count(*) over the candidates for every status, relation and minScore; with {@code compact}
     * after folding the counts' delta rows first.
     */
    private void assertTotalsCounted(boolean compact) {
        if (compact) {
            assertThat(jdbc.sql("select duplicate_candidate_count_compact(0)").query(Integer.class).single()).isPositive();
            assertThat(jdbc.sql("select count(*) from (select status, relation, score, datasets_a, datasets_b"
                    + " from duplicate_candidate_count group by 1, 2, 3, 4, 5 having count(*) > 1) x")
                    .query(Long.class).single()).as("folded").isZero();
        }
        for (String status : List.of("OPEN", "MERGED", "DISMISSED")) {
            for (String relation : java.util.Arrays.asList(null, "DUPLICATE", "PART_OF")) {
                for (Double minScore : java.util.Arrays.asList(null, 0.0, 0.9, 0.99)) {
                    double min = minScore != null ? minScore : status.equals("OPEN") ? 0.5 : 0.0;
                    String counted = "select count(*) from duplicate_candidate where status = '" + status
                            + "' and score >= " + min + (relation == null ? "" : " and relation = '" + relation + "'");
                    String query = "/api/v1/duplicates?size=1&status=" + status
                            + (relation == null ? "" : "&relation=" + relation) + (minScore == null ? "" : "&minScore=" + minScore);
                    for (int attempt = 0; ; attempt++) {
                        long before = jdbc.sql(counted).query(Long.class).single();
                        long total = api.get(query).json().get("total").asLong();
                        long after = jdbc.sql(counted).query(Long.class).single();
                        if (before == after || attempt == 5) {
                            assertThat(total).as(query).isEqualTo(before);
                            break;
                        }
                    }
                }
            }
        }
    }

    /**
     * With a {@code dataset} filter the list's total (and a page of it) equals what the external ids
     * say now, looked up row by row as the list did before V116, for every status, one data set or two,
     * and minScore: the data sets kept on the candidates and in the counts' keys are never stale.
     */
    private void assertDatasetTotalsCounted(String first, String second) {
        // both ways of reading the page: by the data sets' index (few matches) and down the list
        long few = duplicates.fewDatasetCandidates(-1);
        try {
            for (long threshold : new long[] {few, -1}) {
                duplicates.fewDatasetCandidates(threshold);
                assertDatasetTotalsCounted(first, second, threshold);
            }
        } finally {
            duplicates.fewDatasetCandidates(few);
        }
    }

    private void assertDatasetTotalsCounted(String first, String second, long threshold) {
        String either = "exists (select 1 from strike_external_id x where x.strike_id in (d.strike_a, d.strike_b)"
                + " and x.dataset = '" + first + "')";
        String across = "((exists (select 1 from strike_external_id x where x.strike_id = d.strike_a and x.dataset = '"
                + first + "') and exists (select 1 from strike_external_id x where x.strike_id = d.strike_b and"
                + " x.dataset = '" + second + "')) or (exists (select 1 from strike_external_id x where x.strike_id ="
                + " d.strike_a and x.dataset = '" + second + "') and exists (select 1 from strike_external_id x where"
                + " x.strike_id = d.strike_b and x.dataset = '" + first + "')))";
        for (String status : List.of("OPEN", "MERGED", "DISMISSED")) {
            for (String datasets : List.of(first, second, first + "," + second, second + "," + first, "no-such-set")) {
                for (Double minScore : java.util.Arrays.asList(null, 0.9)) {
                    double min = minScore != null ? minScore : status.equals("OPEN") ? 0.5 : 0.0;
                    String filter = datasets.equals(first) ? either : datasets.equals(second) ? either.replace(
                            "'" + first + "'", "'" + second + "'") : datasets.equals("no-such-set") ? "false" : across;
                    String counted = "select count(*) from duplicate_candidate d where d.status = '" + status
                            + "' and d.score >= " + min + " and " + filter;
                    // the second page of two: a page cut from the matches in the list's order
                    String secondPage = "select d.id from duplicate_candidate d where d.status = '" + status
                            + "' and d.score >= " + min + " and " + filter + " order by d.score desc, d.id limit 2 offset 2";
                    String query = "/api/v1/duplicates?size=2&page=1&status=" + status + "&dataset=" + datasets
                            + (minScore == null ? "" : "&minScore=" + minScore) + " (few: " + threshold + ")";
                    for (int attempt = 0; ; attempt++) {
                        long before = jdbc.sql(counted).query(Long.class).single();
                        List<Long> expected = jdbc.sql(secondPage).query(Long.class).list();
                        JsonNode page = api.get(query.substring(0, query.indexOf(' '))).json();
                        long after = jdbc.sql(counted).query(Long.class).single();
                        if (before == after || attempt == 5) {
                            assertThat(page.get("total").asLong()).as(query).isEqualTo(before);
                            List<Long> listed = new ArrayList<>();
                            page.get("items").forEach(c -> listed.add(c.get("id").asLong()));
                            assertThat(listed).as(query).isEqualTo(expected);
                            break;
                        }
                    }
                }
            }
        }
    }

    @Test
    void mergesTwoReportsOfOneNightCountsItOnceRedirectsAndUndoesExactly() {
        assertTotalsCounted(false);
        long airForce = source("Ukrainian Air Force", "OFFICIAL_MILITARY");
        long wire = source("Example Wire", "MEDIA");
        long a = strike("{'attacker':'RU','target':'UA','startedAt':'2031-04-11T21:00:00Z','endedAt':'2031-04-12T06:00:00Z',"
                + "'timePrecision':'HOUR','country':'UA','geoPrecision':'COUNTRY','weaponCategory':'DRONE',"
                + "'claims':[{'sourceId':" + airForce + ",'launched':{'value':88,'qualifier':'EXACT'},"
                + "'intercepted':{'value':56,'qualifier':'EXACT'}}]}");
        long b = strike("{'attacker':'RU','target':'UA','startedAt':'2031-04-12T00:00:00+03:00','timePrecision':'DAY',"
                + "'country':'UA','geoPrecision':'COUNTRY','weaponCategory':'DRONE',"
                + "'claims':[{'sourceId':" + wire + ",'launched':{'value':96,'qualifier':'MORE_THAN'}}]}");
        long other = strike("{'attacker':'RU','target':'UA','startedAt':'2031-04-20T21:00:00Z','timePrecision':'HOUR',"
                + "'country':'UA','geoPrecision':'COUNTRY','weaponCategory':'BALLISTIC_MISSILE',"
                + "'claims':[{'sourceId':" + airForce + ",'launched':{'value':4,'qualifier':'EXACT'}}]}");

        List<JsonNode> pairs = candidatesOf(a, null);
        assertThat(pairs).hasSize(1);
        JsonNode pair = pairs.get(0);
        assertThat(ids(pair)).containsExactly(a, b);
        assertThat(pair.get("status").asString()).isEqualTo("OPEN");
        assertThat(pair.get("relation").asString()).isEqualTo("DUPLICATE");
        assertThat(pair.get("score").asDouble()).isBetween(0.9, 1.0);
        JsonNode parts = pair.get("parts");
        assertThat(parts.get("time").get("overlap").asBoolean()).isTrue();
        assertThat(parts.get("time").get("precision").asString()).isEqualTo("DAY");
        assertThat(parts.get("place").get("precision").asString()).isEqualTo("COUNTRY");
        assertThat(parts.get("weapon").asString()).isEqualTo("SAME");
        assertThat(parts.get("parties").asString()).isEqualTo("SAME");
        // 88 exactly against more than 96: the figures conflict, and the score says so
        assertThat(parts.get("figures").get("conflict").asInt()).isEqualTo(1);
        assertThat(candidatesOf(other, null)).isEmpty();
        assertThat(api.get("/api/v1/duplicates?minScore=0.99&strike=" + a).json().get("total").asLong()).isZero();
        assertTotalsCounted(false);

        JsonNode survivorBefore = api.get("/api/v1/strikes/" + a).json();
        JsonNode mergedBefore = api.get("/api/v1/strikes/" + b).json();
        long counted = strikesCounted("2031-04-10", "2031-04-25");
        assertThat(counted).isEqualTo(3);

        long changeCursor = lastChangeCursor();
        Api.Response merged = api.post("/api/v1/duplicates/" + pair.get("id").asLong() + "/merge", "{}");
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        JsonNode merge = merged.json().get("merge");
        assertThat(merge.get("survivorId").asLong()).isEqualTo(a);
        assertThat(merge.get("mergedId").asLong()).isEqualTo(b);
        assertThat(merge.get("author").asString()).isEqualTo("admin");
        JsonNode survivor = merged.json().get("strike");
        assertThat(survivor.get("claims")).hasSize(2);
        assertThat(survivor.get("launched").get("low").asInt()).isEqualTo(88);
        assertThat(survivor.get("launched").get("claims").asInt()).isEqualTo(2);
        assertThat(strikesCounted("2031-04-10", "2031-04-25")).isEqualTo(2);
        assertTotalsCounted(false);

        Api.Response redirect = api.get("/api/v1/strikes/" + b);
        assertThat(redirect.status()).isEqualTo(308);
        assertThat(redirect.header("Location")).isEqualTo("/api/v1/strikes/" + a);
        assertThat(redirect.json().get("mergedInto").asLong()).isEqualTo(a);
        Api.Response write = api.patch("/api/v1/strikes/" + b, json("{'place':'Kyiv'}"), "application/merge-patch+json");
        assertThat(write.status()).isEqualTo(409);
        assertThat(write.json().get("mergedInto").asLong()).isEqualTo(a);
        assertThat(api.get("/api/v1/duplicates?status=MERGED&strike=" + a).json().get("items").get(0)
                .get("mergeId").asLong()).isEqualTo(merge.get("id").asLong());

        // the change feed: the survivor's UPDATE and the merged strike's DELETE naming the survivor
        List<JsonNode> changes = changesSince(changeCursor);
        JsonNode deletion = changes.stream().filter(c -> c.get("id").asLong() == b
                && c.get("op").asString().equals("DELETE")).findFirst().orElse(null);
        assertThat(deletion).as(changes.toString()).isNotNull();
        assertThat(deletion.get("mergedInto").asLong()).isEqualTo(a);
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.get("id").asLong()).isEqualTo(a);
            assertThat(c.get("op").asString()).isEqualTo("UPDATE");
        });

        Api.Response undone = api.post("/api/v1/merges/" + merge.get("id").asLong() + "/undo", "{}");
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("merge").get("undoneAt").isNull()).isFalse();
        JsonNode survivorAfter = api.get("/api/v1/strikes/" + a).json();
        JsonNode mergedAfter = api.get("/api/v1/strikes/" + b).json();
        assertThat(withoutVersion(survivorAfter)).isEqualTo(withoutVersion(survivorBefore));
        assertThat(withoutVersion(mergedAfter)).isEqualTo(withoutVersion(mergedBefore));
        assertThat(mergedAfter.get("version").asLong()).isEqualTo(mergedBefore.get("version").asLong());
        assertThat(strikesCounted("2031-04-10", "2031-04-25")).isEqualTo(3);
        assertThat(candidatesOf(a, "OPEN")).hasSize(1);
        assertThat(api.post("/api/v1/merges/" + merge.get("id").asLong() + "/undo", "{}").status()).isEqualTo(409);
        assertTotalsCounted(false);
        assertTotalsCounted(true);
    }

    @Test
    void aDismissedPairIsNeverProposedAgain() {
        long airForce = source("Ukrainian Air Force", "OFFICIAL_MILITARY");
        long wire = source("Example Wire", "MEDIA");
        long a = strike("{'attacker':'RU','target':'UA','startedAt':'2032-02-01T21:00:00Z','endedAt':'2032-02-02T05:00:00Z',"
                + "'timePrecision':'HOUR','country':'UA','geoPrecision':'COUNTRY','weaponCategory':'CRUISE_MISSILE',"
                + "'claims':[{'sourceId':" + airForce + ",'launched':{'value':10,'qualifier':'EXACT'}}]}");
        long b = strike("{'attacker':'RU','target':'UA','startedAt':'2032-02-02T00:00:00+02:00','timePrecision':'DAY',"
                + "'country':'UA','geoPrecision':'COUNTRY','weaponCategory':'UNKNOWN',"
                + "'claims':[{'sourceId':" + wire + ",'launched':{'value':10,'qualifier':'ABOUT'}}]}");
        JsonNode pair = candidatesOf(a, null).get(0);
        assertThat(ids(pair)).containsExactly(a, b);
        assertThat(pair.get("parts").get("weapon").asString()).isEqualTo("COMPATIBLE");
        assertThat(pair.get("parts").get("figures").get("agree").asInt()).isEqualTo(1);
        Api.Response dismissed = api.post("/api/v1/duplicates/" + pair.get("id").asLong() + "/dismiss", "{}");
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.json().get("status").asString()).isEqualTo("DISMISSED");
        // the strikes change, the candidate finder runs again: the pair stays dismissed
        assertThat(api.post("/api/v1/strikes/" + b + "/claims", json("{'sourceId':" + airForce
                + ",'launched':{'value':10,'qualifier':'EXACT'}}")).status()).isEqualTo(201);
        assertThat(candidatesOf(a, "OPEN")).isEmpty();
        assertThat(candidatesOf(a, "DISMISSED")).hasSize(1);
        assertTotalsCounted(false);
        assertThat(api.post("/api/v1/duplicates/" + pair.get("id").asLong() + "/merge", "{}").status()).isEqualTo(409);
    }

    @Test
    void aWaveAndALocatedStrikeInsideItAreLinkedNotMerged() {
        long airForce = source("Ukrainian Air Force", "OFFICIAL_MILITARY");
        long dataset = source("Example Data Set", "DATASET");
        long wave = strike("{'attacker':'RU','target':'UA','startedAt':'2033-03-09T20:00:00Z','endedAt':'2033-03-10T05:00:00Z',"
                + "'timePrecision':'HOUR','country':'UA','geoPrecision':'COUNTRY','weaponCategory':'DRONE',"
                + "'claims':[{'sourceId':" + airForce + ",'launched':{'value':120,'qualifier':'EXACT'}}]}");
        long located = strike("{'attacker':'RU','target':'UA','startedAt':'2033-03-10T00:00:00+02:00','timePrecision':'DAY',"
                + "'place':'Kharkiv','region':'Kharkiv oblast','country':'UA','latitude':49.99,'longitude':36.23,"
                + "'geoPrecision':'TOWN','weaponCategory':'DRONE',"
                + "'claims':[{'sourceId':" + dataset + ",'killed':{'value':2,'qualifier':'AT_LEAST'}}]}");
        JsonNode link = candidatesOf(located, null).get(0);
        assertThat(ids(link)).containsExactly(wave, located);
        assertThat(link.get("relation").asString()).isEqualTo("PART_OF");
        assertThat(link.get("partOf").asLong()).isEqualTo(wave);
        assertThat(api.get("/api/v1/duplicates?relation=DUPLICATE&strike=" + located).json().get("total").asLong())
                .isZero();
        Api.Response refused = api.post("/api/v1/duplicates/" + link.get("id").asLong() + "/merge", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("partOf").asLong()).isEqualTo(wave);
        assertThat(api.get("/api/v1/strikes/" + located).status()).isEqualTo(200);
    }

    @Test
    void twoRowsOfOneDataSetAreNeverPaired() {
        long airForce = source("Ukrainian Air Force", "OFFICIAL_MILITARY");
        String row = "{'attacker':'RU','target':'UA','startedAt':'2034-05-01T21:00:00Z','endedAt':'2034-05-02T04:00:00Z',"
                + "'timePrecision':'HOUR','country':'UA','geoPrecision':'COUNTRY','weaponCategory':'DRONE',"
                + "'externalIds':{'missile-attacks-ua':'%s'},"
                + "'claims':[{'sourceId':" + airForce + ",'launched':{'value':%d,'qualifier':'EXACT'}}]}";
        long first = strike(String.format(row, "wave-1", 40));
        long second = strike(String.format(row, "wave-2", 40));
        assertThat(candidatesOf(first, null)).isEmpty();
        long wire = source("Example Wire", "MEDIA");
        long report = strike("{'attacker':'RU','target':'UA','startedAt':'2034-05-02T00:00:00+03:00','timePrecision':'DAY',"
                + "'country':'UA','geoPrecision':'COUNTRY','weaponCategory':'DRONE',"
                + "'claims':[{'sourceId':" + wire + ",'launched':{'value':80,'qualifier':'ABOUT'}}]}");
        // the report may be either wave: both pairs are proposed, never the waves with each other
        assertThat(candidatesOf(report, null)).extracting(c -> ids(c)).containsExactlyInAnyOrder(
                List.of(first, report), List.of(second, report));
    }

    @Test
    void autoMergeMergesOnlyTheAutoMergeBandWithItsOwnAuthor() {
        long airForce = source("Ukrainian Air Force", "OFFICIAL_MILITARY");
        long wire = source("Example Wire", "MEDIA");
        long a = strike("{'attacker':'RU','target':'UA','startedAt':'2035-06-01T21:00:00Z','endedAt':'2035-06-02T04:00:00Z',"
                + "'timePrecision':'HOUR','country':'UA','geoPrecision':'COUNTRY','weaponCategory':'DRONE',"
                + "'claims':[{'sourceId':" + airForce + ",'launched':{'value':50,'qualifier':'EXACT'}}]}");
        long b = strike("{'attacker':'RU','target':'UA','startedAt':'2035-06-02T00:00:00+03:00','timePrecision':'DAY',"
                + "'country':'UA','geoPrecision':'COUNTRY','weaponCategory':'DRONE',"
                + "'claims':[{'sourceId':" + wire + ",'launched':{'value':50,'qualifier':'ABOUT'}}]}");
        // a weaker pair (weapon only compatible, figures in conflict) stays below the band
        long c = strike("{'attacker':'RU','target':'UA','startedAt':'2035-06-10T21:00:00Z','endedAt':'2035-06-11T04:00:00Z',"
                + "'timePrecision':'HOUR','country':'UA','geoPrecision':'COUNTRY','weaponCategory':'DRONE',"
                + "'claims':[{'sourceId':" + airForce + ",'launched':{'value':50,'qualifier':'EXACT'}}]}");
        long d = strike("{'attacker':'RU','target':'UA','startedAt':'2035-06-11T00:00:00+03:00','timePrecision':'DAY',"
                + "'country':'UA','geoPrecision':'COUNTRY','weaponCategory':'UNKNOWN',"
                + "'claims':[{'sourceId':" + wire + ",'launched':{'value':90,'qualifier':'EXACT'}}]}");
        assertThat(candidatesOf(a, null).get(0).get("score").asDouble()).isGreaterThanOrEqualTo(0.98);
        assertThat(candidatesOf(c, null).get(0).get("score").asDouble()).isLessThan(0.98);

        AutoMerge autoMerge = new AutoMerge(duplicates, jdbc, transactions);
        assertThat(autoMerge.mergeDue(java.time.Instant.parse("2035-01-01T00:00:00Z"),
                java.time.Instant.parse("2036-01-01T00:00:00Z"))).isEqualTo(1);
        JsonNode merged = api.get("/api/v1/duplicates?status=MERGED&strike=" + a).json().get("items").get(0);
        assertThat(merged.get("decidedBy").asString()).isEqualTo("auto-merge");
        assertThat(api.get("/api/v1/strikes/" + b).status()).isEqualTo(308);
        assertThat(candidatesOf(d, "OPEN")).hasSize(1);
        assertThat(api.get("/api/v1/strikes/" + d).status()).isEqualTo(200);
    }

    @Test
    void importsOfTwoDataSetsDescribingOneEventProposeThePairAndNeverPairTheRowsOfOneDataSet() {
        // 250 ACLED events, one a day in Kharkiv (a bulk import: searched by the background finder),
        // and one UCDP GED event of the same day, 2 km away
        StringBuilder acled = new StringBuilder("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
                + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
                + "source_scale,notes,fatalities,tags,timestamp\n");
        java.time.LocalDate day = java.time.LocalDate.of(2036, 1, 1);
        for (int i = 0; i < 250; i++) {
            acled.append("DUP").append(i).append(',').append(day.plusDays(i)).append(",2036,1,Political violence,"
                    + "Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),,State forces,"
                    + "Civilians (Ukraine),,Civilians,,,804,Europe,Ukraine,Kharkiv,,,Kharkiv,49.9935,36.2304,1,"
                    + "Fixture Desk,National,Made-up note: a drone strike.,").append(i % 3).append(",,2082758400\n");
        }
        String ged = "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
                + "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,"
                + "side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,"
                + "source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,"
                + "geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,"
                + "deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob\n"
                + "990001,RUS-2036-1,2036,true,Clear,1,1,1,Russia - Ukraine,1,1,x,57,57,Government of Russia (Soviet Union),"
                + "61,61,Government of Ukraine,1,Fixture,Fixture,2036-01-11,Made-up headline,Fixture,2,Kharkiv town,"
                + "Kharkiv town,Kharkiv oblast,,49.98,36.25,POINT (36.25 49.98),1,Ukraine,369,Europe,1,1,"
                + "2036-01-11T00:00:00,2036-01-11T00:00:00,0,0,1,0,1,2,1,365,369\n";
        // the GED event first, searched at once (one row) while it has nothing to meet; the ACLED rows after
        // it, queued, so that the pairs are found by the finder whichever drains the queue, this test or the
        // tick (the other order raced: a tick that drained the ACLED rows before the GED import left the
        // pairs to the GED event's own search, which the finder's count does not see)
        assertThat(runImport("ucdp-ged", ged).get("created").asLong()).isEqualTo(1);
        JsonNode acledJob = runImport("acled", acled.toString());
        assertThat(acledJob.get("created").asLong()).isEqualTo(250);
        FinderQueue.drainUntilEmpty(finder, jdbc, java.time.Duration.ofMinutes(2));
        // the candidates just found count towards the next analysis of the table (a long queue's rounds
        // analyse it as it grows): asked for one, it analyses and starts counting again
        assertThat(finder.analyzeIfGrown(Long.MAX_VALUE, 0)).isFalse();
        assertThat(finder.analyzeIfGrown(1, 0)).isTrue();
        assertThat(finder.analyzeIfGrown(1, 0)).isFalse();

        JsonNode across = api.get("/api/v1/duplicates?dataset=acled,ucdp-ged&from=2036-01-01&to=2037-01-01").json();
        // the same day's event first; the neighbouring days meet its window within the three-hour slack
        // and come after it, with a lower score
        assertThat(across.get("total").asLong()).isEqualTo(3);
        JsonNode pair = across.get("items").get(0);
        assertThat(pair.get("relation").asString()).isEqualTo("DUPLICATE");
        assertThat(pair.get("parts").get("time").get("overlap").asBoolean()).isTrue();
        assertThat(pair.get("parts").get("place").get("precision").asString()).isEqualTo("TOWN");
        assertThat(pair.get("parts").get("place").get("distanceKm").asDouble()).isBetween(1.0, 3.0);
        assertThat(pair.get("parts").get("parties").asString()).isEqualTo("SAME");
        assertThat(pair.get("parts").get("weapon").asString()).isEqualTo("COMPATIBLE");
        assertThat(pair.get("score").asDouble()).isGreaterThan(across.get("items").get(1).get("score").asDouble());
        List<String> datasets = new ArrayList<>();
        pair.get("strikes").forEach(s -> datasets.add(s.get("datasets").get(0).asString()));
        assertThat(datasets).containsExactlyInAnyOrder("acled", "ucdp-ged");
        assertThat(api.get("/api/v1/duplicates?minScore=0.9&dataset=acled,ucdp-ged&from=2036-01-01&to=2037-01-01")
                .json().get("total").asLong()).isEqualTo(1);
        // the ACLED rows of neighbouring days are never paired with each other: every pair has the GED event
        JsonNode all = api.get("/api/v1/duplicates?size=100&from=2036-01-01&to=2037-01-01").json();
        assertThat(all.get("total").asLong()).isEqualTo(3);
        all.get("items").forEach(c -> {
            List<String> both = new ArrayList<>();
            c.get("strikes").forEach(s -> both.add(s.get("datasets").get(0).asString()));
            assertThat(both).containsExactlyInAnyOrder("acled", "ucdp-ged");
        });

        // the data-set filter's totals through a merge (the GED event's id moves to the ACLED strike, the
        // merged strike's go), its undo (they move back) and the counts' folding
        assertDatasetTotalsCounted("acled", "ucdp-ged");
        Api.Response merged = api.post("/api/v1/duplicates/" + pair.get("id").asLong() + "/merge", "{}");
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/duplicates?status=MERGED&dataset=acled&from=2036-01-01&to=2037-01-01").json()
                .get("items").get(0).get("strikes").get(0).get("datasets")).hasSize(2);
        assertDatasetTotalsCounted("acled", "ucdp-ged");
        Api.Response undone = api.post("/api/v1/merges/" + merged.json().get("merge").get("id").asLong() + "/undo", "{}");
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertDatasetTotalsCounted("acled", "ucdp-ged");
        assertThat(api.get("/api/v1/duplicates?dataset=acled,ucdp-ged&from=2036-01-01&to=2037-01-01").json()
                .get("total").asLong()).isEqualTo(3);
        jdbc.sql("select duplicate_candidate_count_compact(0)").query(Integer.class).single();
        assertDatasetTotalsCounted("acled", "ucdp-ged");
    }
}
