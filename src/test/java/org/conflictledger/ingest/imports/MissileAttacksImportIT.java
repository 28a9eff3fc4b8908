package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ingest.imports.Imports.assertCounts;
import static org.conflictledger.ingest.imports.Imports.errors;
import static org.conflictledger.support.Api.json;

import java.util.List;

import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class MissileAttacksImportIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private JsonNode strikeOf(String reference) {
        long id = jdbc.sql("select strike_id from claim where reference = ?").param(reference).query(Long.class)
                .single();
        return api.get("/api/v1/strikes/" + id).json();
    }

    @Test
    void importsGoodRowsReportsBadOnesByLineAndIsIdempotent() {
        JsonNode job = Imports.run(api, "missile-attacks-ua", Imports.fixture("missile-attacks.csv"));
        assertCounts(job, 11, 6, 0, 0, 0, 5);
        assertThat(errors(job)).containsExactly(
                "8: time_start: '2025-02-30 20:00' is not a date or date-time",
                "9: launched: -5 is negative",
                "11: launched: '12.5' is not a whole number",
                "12: time_end 2025-03-05 08:00 is before time_start 2025-03-06 20:00",
                "13: 5 fields where the header has 22");
        assertThat(job.get("startedAt").isNull()).isFalse();
        assertThat(job.get("finishedAt").isNull()).isFalse();

        // a night across the spring DST change: 20:00 is +02:00, 08:00 next morning +03:00
        JsonNode night = strikeOf("kpszsu/posts/fixture-1");
        assertThat(night.get("startedAt").asString()).isEqualTo("2024-03-30T18:00:00Z");
        assertThat(night.get("endedAt").asString()).isEqualTo("2024-03-31T05:00:00Z");
        assertThat(night.get("timePrecision").asString()).isEqualTo("HOUR");
        assertThat(night.get("attacker").asString()).isEqualTo("RU");
        assertThat(night.get("target").asString()).isEqualTo("UA");
        assertThat(night.get("country").asString()).isEqualTo("UA");
        assertThat(night.get("geoPrecision").asString()).isEqualTo("COUNTRY");
        assertThat(night.get("region").isNull()).isTrue();
        assertThat(night.get("launchPlace").asString()).isEqualTo("Primorsko-Akhtarsk and Kursk oblast");
        assertThat(night.get("weaponCategory").asString()).isEqualTo("DRONE");
        assertThat(night.get("launched").get("best").asLong()).isEqualTo(40);
        assertThat(night.get("intercepted").get("best").asLong()).isEqualTo(35);
        assertThat(night.get("suppressed").get("best").asLong()).isEqualTo(3);
        JsonNode claim = night.get("claims").get(0);
        assertThat(claim.get("source").get("publisher").asString()).isEqualTo("Ukrainian Air Force");
        assertThat(claim.get("source").get("kind").asString()).isEqualTo("OFFICIAL_MILITARY");
        assertThat(claim.get("source").get("party").asString()).isEqualTo("UA");
        assertThat(claim.get("launched").toString()).isEqualTo("{\"value\":40,\"qualifier\":\"EXACT\"}");
        assertThat(night.get("externalIds").get("missile-attacks-ua").asString()).hasSize(40);

        // the next evening is summer time; several models → MIXED with every model listed
        JsonNode mixed = strikeOf("kpszsu/posts/fixture-2");
        assertThat(mixed.get("startedAt").asString()).isEqualTo("2024-03-31T17:00:00Z");
        assertThat(mixed.get("weaponCategory").asString()).isEqualTo("MIXED");
        assertThat(mixed.get("weaponModels").toString()).isEqualTo("[\"X-101/X-555\",\"Kalibr\",\"Iskander-M\"]");
        assertThat(mixed.get("region").asString()).isEqualTo("Kyiv oblast");
        assertThat(mixed.get("place").asString()).isEqualTo("Kyiv");
        assertThat(mixed.get("geoPrecision").asString()).isEqualTo("REGION");
        assertThat(mixed.get("suppressed").isNull()).as("an empty cell states nothing").isTrue();

        // a date-only start on the autumn DST day: the Kyiv day has 25 hours
        JsonNode day = strikeOf("PvKPivden/posts/fixture-3");
        assertThat(day.get("startedAt").asString()).isEqualTo("2024-10-26T21:00:00Z");
        assertThat(day.get("endedAt").asString()).isEqualTo("2024-10-27T21:59:59Z");
        assertThat(day.get("timePrecision").asString()).isEqualTo("DAY");
        assertThat(day.get("region").asString()).isEqualTo("south");

        // lenient times: "3:30" and a trailing space; a surface-to-air missile at a ground target
        JsonNode lenient = strikeOf("kpszsu/posts/fixture-4");
        assertThat(lenient.get("startedAt").asString()).isEqualTo("2023-05-16T00:30:00Z");
        assertThat(lenient.get("endedAt").asString()).isEqualTo("2023-05-16T04:00:00Z");
        assertThat(lenient.get("timePrecision").asString()).isEqualTo("MINUTE");
        assertThat(lenient.get("weaponCategory").asString()).isEqualTo("BALLISTIC_MISSILE");
        assertThat(lenient.get("intercepted").isNull()).isTrue();

        // figures that disagree (15 + 11 > 16) are kept and flagged
        JsonNode flagged = strikeOf("kpszsu/posts/fixture-5");
        assertThat(flagged.get("inconsistent").asBoolean()).isTrue();
        assertThat(flagged.get("claims").get(0).get("inconsistent").asBoolean()).isTrue();
        assertThat(flagged.get("launched").get("best").asLong()).isEqualTo(16);

        // a date-only start with a timed end; an empty target is the whole country
        JsonNode open = strikeOf("kpszsu/posts/fixture-6");
        assertThat(open.get("startedAt").asString()).isEqualTo("2025-01-01T22:00:00Z");
        assertThat(open.get("endedAt").asString()).isEqualTo("2025-01-02T07:00:00Z");
        assertThat(open.get("weaponCategory").asString()).isEqualTo("CRUISE_MISSILE");
        assertThat(open.get("launched").isNull()).isTrue();

        JsonNode again = Imports.run(api, "missile-attacks-ua", Imports.fixture("missile-attacks.csv"));
        assertCounts(again, 11, 0, 0, 6, 0, 5);
        assertThat(jdbc.sql("select count(*) from claim where reference like 'kpszsu/posts/fixture-%'"
                + " or reference like 'PvKPivden/posts/fixture-%'").query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void changedFiguresUpdateTheImportedClaimAndOtherClaimsStillCount() {
        String header = Imports.text("missile-attacks.csv").lines().findFirst().orElseThrow() + "\n";
        String row = "2025-06-01 20:00,2025-06-02 08:00,Shahed-136/131,,Ukraine,,100.0,80.0,10.0,,{},,,,,,,,,,,"
                + "kpszsu/posts/changing\n";
        assertCounts(Imports.run(api, "missile-attacks-ua", header + row), 1, 1, 0, 0, 0, 0);
        JsonNode strike = strikeOf("kpszsu/posts/changing");
        long id = strike.get("id").asLong();
        long version = strike.get("version").asLong();
        long wire = api.post("/api/v1/sources", json("{'publisher':'Example Wire','kind':'MEDIA'}")).id();
        assertThat(api.post("/api/v1/strikes/" + id + "/claims", json("{'sourceId':" + wire
                + ",'launched':{'value':120,'qualifier':'MORE_THAN'}}")).status()).isEqualTo(201);
        assertThat(Imports.figure(api.get("/api/v1/strikes/" + id).json().get("launched")))
                .isEqualTo("{\"low\":100,\"best\":100,\"high\":null,\"claims\":2}");

        // the Air Force corrects its figures: same row key, new numbers
        JsonNode job = Imports.run(api, "missile-attacks-ua", header + row.replace("100.0,80.0", "130.0,90.0"));
        assertCounts(job, 1, 0, 1, 0, 0, 0);
        JsonNode updated = api.get("/api/v1/strikes/" + id).json();
        assertThat(updated.get("claims")).hasSize(2);
        assertThat(Imports.figure(updated.get("launched")))
                .as("points 121 (MORE_THAN 120) and 130 (EXACT): the lower middle one; MORE_THAN is unbounded")
                .isEqualTo("{\"low\":121,\"best\":121,\"high\":null,\"claims\":2}");
        assertThat(updated.get("intercepted").get("best").asLong()).isEqualTo(90);
        assertThat(updated.get("version").asLong()).isGreaterThan(version);
        JsonNode airForce = updated.get("claims").get(0);
        assertThat(airForce.get("id").asLong()).as("the claim is updated in place")
                .isEqualTo(strike.get("claims").get(0).get("id").asLong());
        assertThat(airForce.get("launched").get("value").asLong()).isEqualTo(130);

        assertCounts(Imports.run(api, "missile-attacks-ua", header + row.replace("100.0,80.0", "130.0,90.0")),
                1, 0, 0, 1, 0, 0);
    }

    @Test
    void aRowWhoseKeyAStrikeAlreadyHasAddsItsClaimToThatStrike() {
        String header = Imports.text("missile-attacks.csv").lines().findFirst().orElseThrow() + "\n";
        String row = "2025-07-01 20:00,2025-07-02 08:00,Iskander-M,,Dnipro,,2.0,1.0,,,{},,,,,,,,,,,"
                + "kpszsu/posts/attach\n";
        String key = Fields.digest("2025-07-01 20:00", "2025-07-02 08:00", "Iskander-M", null, "Dnipro",
                "kpszsu/posts/attach");
        long wire = api.post("/api/v1/sources", json("{'publisher':'Example Wire','kind':'MEDIA'}")).id();
        long id = api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA',"
                + "'startedAt':'2025-07-01T20:00:00+03:00','timePrecision':'HOUR','weaponCategory':'BALLISTIC_MISSILE',"
                + "'externalIds':{'missile-attacks-ua':'" + key + "'},"
                + "'claims':[{'sourceId':" + wire + ",'launched':{'value':3,'qualifier':'ABOUT'}}]}")).id();

        assertCounts(Imports.run(api, "missile-attacks-ua", header + row), 1, 0, 1, 0, 0, 0);
        JsonNode strike = api.get("/api/v1/strikes/" + id).json();
        assertThat(strike.get("claims")).hasSize(2);
        assertThat(Imports.figure(strike.get("launched")))
                .isEqualTo("{\"low\":2,\"best\":2,\"high\":4,\"claims\":2}");
        assertThat(strike.get("weaponCategory").asString()).as("the API's own fields stay").isEqualTo(
                "BALLISTIC_MISSILE");
        assertCounts(Imports.run(api, "missile-attacks-ua", header + row), 1, 0, 0, 1, 0, 0);
    }

    @Test
    void aRowRepeatingAnEarlierRowsKeyIsRejectedWithThatLine() {
        String header = Imports.text("missile-attacks.csv").lines().findFirst().orElseThrow() + "\n";
        String row = "2025-08-01 20:00,2025-08-02 08:00,Kalibr,,Odesa oblast,,4.0,4.0,,,{},,,,,,,,,,,"
                + "kpszsu/posts/twice\n";
        JsonNode job = Imports.run(api, "missile-attacks-ua", header + row + row);
        assertCounts(job, 2, 1, 0, 0, 0, 1);
        assertThat(errors(job).get(0)).startsWith("3: repeats the external id missile-attacks-ua=")
                .endsWith(" of line 2");
    }

    @Test
    void listsJobsNewestFirstWithoutTheirErrors() {
        JsonNode job = Imports.run(api, "missile-attacks-ua", Imports.text("missile-attacks.csv").lines().findFirst()
                .orElseThrow());
        JsonNode page = api.get("/api/v1/imports?size=500").json();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("id").asLong()).isGreaterThanOrEqualTo(job.get("id").asLong());
        assertThat(first.has("errors")).isFalse();
        List<Long> ids = new java.util.ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).contains(job.get("id").asLong()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode done = api.get("/api/v1/imports?status=DONE&size=500").json().get("items");
        List<String> statuses = new java.util.ArrayList<>();
        done.forEach(i -> statuses.add(i.get("status").asString()));
        assertThat(statuses).isNotEmpty().containsOnly("DONE");
        // the filter keeps exactly the DONE jobs of the whole list (when one page holds all of it)
        assertThat(page.get("total").asLong()).isLessThanOrEqualTo(500);
        long doneInList = 0;
        for (JsonNode item : page.get("items")) {
            doneInList += item.get("status").asString().equals("DONE") ? 1 : 0;
        }
        assertThat((long) done.size()).isEqualTo(doneInList);
    }
}
