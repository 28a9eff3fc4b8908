package org.conflictledger.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.conflictledger.strike.StrikeRollupRefresher;
import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.conflictledger.support.Records;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Region codes derived on every write (API and import), their filter and grouping, and the three
 * endpoints the dashboard needs: attack sizes, map points and allegations across cease-fires. Each
 * test keeps to a month of its own in 2017, which no other test uses.
 */
class DashboardEndpointsIT extends IntegrationTest {

    @Autowired
    private StrikeRollupRefresher refresher;

    private long strike(long source, String day, String region, Double latitude, Double longitude, String precision,
            Integer launched) {
        String claim = launched == null ? "{'sourceId':" + source + ",'killed':{'value':1,'qualifier':'EXACT'}}"
                : "{'sourceId':" + source + ",'launched':{'value':" + launched + ",'qualifier':'EXACT'}}";
        Api.Response created = api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'" + day
                + "T01:00:00Z','endedAt':'" + day + "T02:00:00Z','timePrecision':'HOUR','region':"
                + (region == null ? "null" : "'" + region + "'") + ",'country':'UA','latitude':" + latitude
                + ",'longitude':" + longitude + ",'geoPrecision':'" + precision + "','weaponCategory':'DRONE',"
                + "'claims':[" + claim + "]}"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    @Test
    void derivesTheRegionCodeFromTheRegionNameOrTheCoordinatesOnEveryWrite() {
        long source = new Records(api).source();
        Map<String, String> expected = new HashMap<>();
        expected.put(String.valueOf(strike(source, "2017-01-03", "Kharkiv oblast", null, null, "REGION", 10)), "UA-63");
        expected.put(String.valueOf(strike(source, "2017-01-04", "  Odessa   Oblast ", null, null, "REGION", 5)), "UA-51");
        expected.put(String.valueOf(strike(source, "2017-01-05", "Kryvyi Rih", null, null, "TOWN", 60)), "UA-12");
        expected.put(String.valueOf(strike(source, "2017-01-06", "south", 50.45, 30.52, "TOWN", 120)), "UA-30");
        expected.put(String.valueOf(strike(source, "2017-01-07", null, 44.6, 33.5, "EXACT", null)), "UA-40");
        expected.put(String.valueOf(strike(source, "2017-01-08", "Kursk oblast", 51.7, 36.2, "TOWN", 20)), null);
        expected.forEach((id, code) -> {
            JsonNode strike = api.get("/api/v1/strikes/" + id).json();
            assertThat(strike.get("regionCode").isNull() ? null : strike.get("regionCode").asString()).as(id)
                    .isEqualTo(code);
        });

        String window = "from=2017-01-01&to=2017-02-01";
        assertThat(api.get("/api/v1/strikes?regionCode=ua-63&" + window).json().get("total").asLong()).isEqualTo(1);
        JsonNode grouped = api.get("/api/v1/stats/strikes?bucket=month&groupBy=regionCode&" + window).json();
        Map<String, Long> perRegion = new HashMap<>();
        grouped.get("buckets").forEach(b -> perRegion.put(b.get("group").isNull() ? null : b.get("group").asString(),
                b.get("strikes").asLong()));
        assertThat(perRegion).containsEntry("UA-63", 1L).containsEntry("UA-30", 1L).containsEntry(null, 1L).hasSize(6);

        // a change of region or place moves the code; a code sent by the client is ignored
        String id = expected.entrySet().stream().filter(e -> "UA-63".equals(e.getValue())).findFirst().orElseThrow()
                .getKey();
        JsonNode patched = api.patch("/api/v1/strikes/" + id, json("{'region':'Sumy region'}"),
                "application/merge-patch+json").json();
        assertThat(patched.get("regionCode").asString()).isEqualTo("UA-59");
        assertThat(api.get("/api/v1/strikes/" + id).json().get("regionCode").asString()).isEqualTo("UA-59");
        Api.Response ignored = api.patch("/api/v1/strikes/" + id, json("{'regionCode':'UA-05'}"),
                "application/merge-patch+json");
        assertThat(ignored.status()).as(ignored.body()).isEqualTo(200);
        assertThat(ignored.json().get("regionCode").asString()).isEqualTo("UA-59");

        Api.Response bad = api.get("/api/v1/strikes?regionCode=Kharkiv");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("regionCode");
    }

    @Test
    void importedStrikesGetTheirRegionCodeToo() throws Exception {
        String csv = """
                id,attacker,target,startedAt,endedAt,timePrecision,place,region,country,weaponCategory,launchedLow,launchedBest,launchedHigh,launchedClaims
                rc-1,RU,UA,2017-02-03T01:00:00Z,2017-02-03T02:00:00Z,HOUR,,Zaporizhia region,UA,DRONE,7,7,7,1
                rc-2,RU,UA,2017-02-04T01:00:00Z,2017-02-04T02:00:00Z,HOUR,,east,UA,DRONE,9,9,9,1
                """;
        Api.Response job = api.sendBytes("POST", "/api/v1/imports?format=ledger", csv.getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertThat(job.status()).as(job.body()).isEqualTo(202);
        JsonNode done = null;
        for (int i = 0; i < 120; i++) {
            done = api.get("/api/v1/imports/" + job.id()).json();
            if (!done.get("status").asString().matches("QUEUED|RUNNING")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(api.get("/api/v1/strikes?regionCode=UA-23&from=2017-02-01&to=2017-03-01").json().get("total")
                .asLong()).isEqualTo(1);
    }

    @Test
    void countsAttackSizesAndClustersMapPointsWhenThereAreMany() {
        long source = new Records(api).source();
        strike(source, "2017-03-03", "Kharkiv oblast", 49.99, 36.23, "TOWN", 5);
        strike(source, "2017-03-04", "Kharkiv oblast", 49.98, 36.25, "TOWN", 49);
        strike(source, "2017-03-05", "Odesa oblast", 46.48, 30.73, "EXACT", 50);
        strike(source, "2017-03-06", "Odesa oblast", null, null, "REGION", 100);
        strike(source, "2017-03-07", "Lviv oblast", 49.84, 24.03, "TOWN", null);
        String window = "from=2017-03-01&to=2017-04-01";

        JsonNode sizes = api.get("/api/v1/stats/strikes/sizes?" + window).json();
        assertThat(sizes.get("total").asLong()).isEqualTo(5);
        assertThat(sizes.get("withoutLaunched").asLong()).isEqualTo(1);
        assertThat(sizes.get("classes").findValuesAsString("label")).containsExactly("< 10", "10–49", "50–99", "≥ 100");
        assertThat(sizes.get("classes").findValues("strikes").stream().map(JsonNode::asLong))
                .containsExactly(1L, 1L, 1L, 1L);

        // a window of Kyiv days (from and to at 22:00 and 03:00 UTC): whole UTC days and the hours at its
        // ends, read from the rollups whether the days are still dirty or refreshed
        String kyiv = "from=2017-03-02T22:00:00Z&to=2017-03-05T03:00:00Z";
        for (boolean refreshed : new boolean[] {false, true}) {
            if (refreshed) {
                refresher.refreshAll();
            }
            JsonNode part = api.get("/api/v1/stats/strikes/sizes?" + kyiv).json();
            assertThat(part.get("total").asLong()).as("refreshed: " + refreshed).isEqualTo(3);
            assertThat(part.get("withoutLaunched").asLong()).isZero();
            assertThat(part.get("classes").findValues("strikes").stream().map(JsonNode::asLong))
                    .as("refreshed: " + refreshed).containsExactly(1L, 1L, 1L, 0L);
            assertThat(api.get("/api/v1/stats/strikes/sizes?regionCode=UA-51&" + window).json().get("classes")
                    .findValues("strikes").stream().map(JsonNode::asLong)).containsExactly(0L, 0L, 1L, 1L);
        }

        JsonNode points = api.get("/api/v1/stats/strikes/points?" + window).json();
        assertThat(points.get("total").asLong()).isEqualTo(5);
        assertThat(points.get("located").asLong()).as("the REGION-precision strike is left out").isEqualTo(4);
        assertThat(points.get("clustered").asBoolean()).isFalse();
        assertThat(points.get("items")).hasSize(4).allSatisfy(p -> assertThat(p.get("strikeId").isNull()).isFalse());

        JsonNode clusters = api.get("/api/v1/stats/strikes/points?limit=2&cellDegrees=1&" + window).json();
        assertThat(clusters.get("clustered").asBoolean()).isTrue();
        assertThat(clusters.get("items")).hasSize(3);
        JsonNode kharkiv = clusters.get("items").get(0);
        assertThat(kharkiv.get("strikes").asLong()).isEqualTo(2);
        assertThat(kharkiv.get("launched").asLong()).isEqualTo(54);
        assertThat(kharkiv.get("strikeId").isNull()).isTrue();

        assertThat(api.get("/api/v1/stats/strikes/points?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/stats/strikes/points?cellDegrees=NaN").status()).isEqualTo(400);
    }

    @Test
    void listsAllegationsOfSeveralCeasefiresAtOnce() {
        Records records = new Records(api);
        long first = records.ceasefire("Dashboard test truce one");
        long second = records.ceasefire("Dashboard test truce two");
        long third = records.ceasefire("Dashboard test truce three");
        for (long cf : new long[] {first, second, third}) {
            Api.Response made = api.post("/api/v1/ceasefires/" + cf + "/allegations", json(
                    "{'accuser':'UA','accused':'RU','at':'2017-04-0" + (cf % 9 + 1) + "T03:00:00Z','summary':'test'}"));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
        }
        JsonNode two = api.get("/api/v1/allegations?ceasefire=" + first + "," + second + "&sort=at").json();
        assertThat(two.get("total").asLong()).isEqualTo(2);
        assertThat(two.get("items").findValues("ceasefireId").stream().map(JsonNode::asLong))
                .containsExactlyInAnyOrder(first, second);
        assertThat(api.get("/api/v1/allegations?from=2017-04-01&to=2017-05-01").json().get("total").asLong())
                .isEqualTo(3);
        Api.Response bad = api.get("/api/v1/allegations?ceasefire=one");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("ceasefire");
    }

    @Test
    void servesThePageWithAPolicyThatKeepsItOnItsOwnOrigin() {
        Api.Response root = api.anonymous().get("/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).endsWith("/dashboard");
        Api.Response page = api.anonymous().get("/dashboard");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("data-panel=\"headline\"").contains("data-panel=\"queue\"");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self';")
                .contains("connect-src 'self';").doesNotContain("http");
        Api.Response module = api.anonymous().get("/dashboard/vendor/echarts/echarts.esm.min.js");
        assertThat(module.status()).isEqualTo(200);
        assertThat(module.contentType()).contains("javascript");
        assertThat(api.anonymous().get("/dashboard/settings.json").json().get("tileUrl").isNull()).isTrue();
    }
}
