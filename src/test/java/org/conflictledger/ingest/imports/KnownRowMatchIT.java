package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ingest.imports.Imports.assertCounts;
import static org.conflictledger.ingest.imports.Imports.errors;
import static org.conflictledger.support.Api.json;

import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The import tells new, unchanged, changed and API-made rows apart the same way whichever of its two
 * statements matches the known rows: the planner's join (a small ledger) or one index probe per row (a
 * large one). Each case runs once with each, on rows of its own.
 */
class KnownRowMatchIT extends IntegrationTest {

    private static final String HEADER = Imports.text("missile-attacks.csv").lines().findFirst().orElseThrow() + "\n";

    @Autowired
    StrikeBulkWriter writer;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void matchAsTheServiceDoes() {
        writer.probesAbove(StrikeBulkWriter.PROBES_ABOVE_ROWS_PER_BATCH_ROW);
    }

    @Test
    void byTheJoin() {
        writer.probesAbove(-1);
        tellsTheRowsApart("join");
    }

    @Test
    void byProbes() {
        writer.probesAbove(0);
        tellsTheRowsApart("probes");
    }

    private void tellsTheRowsApart(String tag) {
        String first = row("2025-05-01 20:00", "Shahed-136/131", 30, tag + "/a")
                + row("2025-05-02 20:00", "Kalibr", 6, tag + "/b")
                + row("2025-05-03 20:00", "Iskander-M", 2, tag + "/c");
        assertCounts(Imports.run(api, "missile-attacks-ua", HEADER + first), 3, 3, 0, 0, 0, 0);
        assertCounts(Imports.run(api, "missile-attacks-ua", HEADER + first), 3, 0, 0, 3, 0, 0);

        // b's figures change: its own claim is updated in place, a and c are left alone
        long claimOfB = claimId(tag + "/b");
        String changed = row("2025-05-01 20:00", "Shahed-136/131", 30, tag + "/a")
                + row("2025-05-02 20:00", "Kalibr", 8, tag + "/b")
                + row("2025-05-03 20:00", "Iskander-M", 2, tag + "/c");
        assertCounts(Imports.run(api, "missile-attacks-ua", HEADER + changed), 3, 0, 1, 2, 0, 0);
        assertThat(claimId(tag + "/b")).isEqualTo(claimOfB);
        assertThat(launched(tag + "/b")).isEqualTo(8);

        // a row whose key a strike made through the API carries adds its claim to that strike
        String attached = row("2025-05-04 20:00", "Iskander-M", 4, tag + "/api");
        String key = Fields.digest("2025-05-04 20:00", "2025-05-05 08:00", "Iskander-M", null, "Dnipro",
                tag + "/api");
        long wire = api.post("/api/v1/sources", json("{'publisher':'Match wire " + tag + "','kind':'MEDIA'}")).id();
        long id = api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA',"
                + "'startedAt':'2025-05-04T20:00:00+03:00','timePrecision':'HOUR','weaponCategory':'BALLISTIC_MISSILE',"
                + "'externalIds':{'missile-attacks-ua':'" + key + "'},"
                + "'claims':[{'sourceId':" + wire + ",'launched':{'value':3,'qualifier':'ABOUT'}}]}")).id();
        assertCounts(Imports.run(api, "missile-attacks-ua", HEADER + attached), 1, 0, 1, 0, 0, 0);
        assertThat(api.get("/api/v1/strikes/" + id).json().get("claims")).hasSize(2);
        assertCounts(Imports.run(api, "missile-attacks-ua", HEADER + attached), 1, 0, 0, 1, 0, 0);

        // a key repeated in a later batch of the same job (the first batch holds 2,000 rows) is rejected
        // naming the line that brought it
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i < 2_000; i++) {
            many.append(row("2025-06-01 20:00", "Shahed-136/131", 1 + i % 50, tag + "/many-" + i));
        }
        many.append(row("2025-06-01 20:00", "Shahed-136/131", 1, tag + "/many-0"));
        JsonNode job = Imports.run(api, "missile-attacks-ua", many.toString());
        assertCounts(job, 2_001, 2_000, 0, 0, 0, 1);
        assertThat(errors(job)).singleElement().asString().startsWith("2002: repeats the external id missile-attacks-ua=")
                .endsWith(" of line 2");
    }

    private static String row(String start, String model, int launched, String source) {
        String end = start.substring(0, 8) + "%02d".formatted(Integer.parseInt(start.substring(8, 10)) + 1)
                + " 08:00";
        return start + "," + end + "," + model + ",,Dnipro,," + launched + ".0,,,,{},,,,,,,,,,," + source + "\n";
    }

    private long claimId(String reference) {
        return jdbc.sql("select id from claim where reference = ?").param(reference).query(Long.class).single();
    }

    private long launched(String reference) {
        return jdbc.sql("select s.launched_best from strike s join claim c on c.strike_id = s.id where c.reference = ?")
                .param(reference).query(Long.class).single();
    }
}
