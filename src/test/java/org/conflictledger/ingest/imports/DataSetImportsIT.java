package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ingest.imports.Imports.assertCounts;
import static org.conflictledger.ingest.imports.Imports.errors;

import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The UCDP GED, ACLED and ledger formats on small fixtures of their layouts. */
class DataSetImportsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private JsonNode strike(String dataset, String externalId) {
        long id = jdbc.sql("select strike_id from strike_external_id where dataset = ? and external_id = ?")
                .params(dataset, externalId).query(Long.class).single();
        return api.get("/api/v1/strikes/" + id).json();
    }

    @Test
    void importsUcdpGedEventsWithTheirDeathRanges() {
        JsonNode job = Imports.run(api, "ucdp-ged", Imports.fixture("ucdp-ged.csv"));
        assertCounts(job, 5, 4, 0, 0, 0, 1);
        assertThat(errors(job)).containsExactly("6: best: 'many' is not a whole number");

        JsonNode vuhledar = strike("ucdp-ged", "900001");
        assertThat(vuhledar.get("attacker").asString()).isEqualTo("RU");
        assertThat(vuhledar.get("target").asString()).isEqualTo("UA");
        assertThat(Imports.figure(vuhledar.get("killed"))).isEqualTo("{\"low\":36,\"best\":36,\"high\":250,\"claims\":1}");
        JsonNode claim = vuhledar.get("claims").get(0);
        assertThat(claim.get("killed").toString()).isEqualTo("{\"value\":36,\"qualifier\":\"BETWEEN\",\"low\":36,"
                + "\"high\":250}");
        assertThat(claim.get("source").get("publisher").asString()).isEqualTo("UCDP GED");
        assertThat(claim.get("source").get("kind").asString()).isEqualTo("DATASET");
        assertThat(vuhledar.get("geoPrecision").asString()).isEqualTo("TOWN");
        assertThat(vuhledar.get("region").asString()).isEqualTo("Donetsk oblast");
        assertThat(vuhledar.get("place").asString()).isEqualTo("Vuhledar town");
        assertThat(vuhledar.get("latitude").asDouble()).isEqualTo(47.78);
        assertThat(vuhledar.get("timePrecision").asString()).isEqualTo("DAY");
        assertThat(vuhledar.get("startedAt").asString()).isEqualTo("2023-02-05T22:00:00Z");
        assertThat(vuhledar.get("endedAt").asString()).isEqualTo("2023-02-06T21:59:59Z");

        // month-first dates with AM/PM, MONTH precision, and a range out of order kept and flagged
        JsonNode battle = strike("ucdp-ged", "900002");
        assertThat(battle.get("startedAt").asString()).isEqualTo("2023-01-23T22:00:00Z");
        assertThat(battle.get("endedAt").asString()).isEqualTo("2023-02-06T21:59:59Z");
        assertThat(battle.get("timePrecision").asString()).isEqualTo("MONTH");
        assertThat(battle.get("geoPrecision").asString()).isEqualTo("COUNTRY");
        assertThat(battle.get("inconsistent").asBoolean()).isTrue();
        assertThat(Imports.figure(battle.get("killed"))).isEqualTo("{\"low\":0,\"best\":396,\"high\":396,\"claims\":1}");

        // one-sided violence against civilians: the target is the country's party
        JsonNode civilians = strike("ucdp-ged", "900003");
        assertThat(civilians.get("target").asString()).isEqualTo("UA");
        assertThat(civilians.get("geoPrecision").asString()).isEqualTo("REGION");

        // non-state conflict: DPR against LPR, both the war's armed groups
        assertThat(strike("ucdp-ged", "900004").get("attacker").asString()).isEqualTo("DPR");
        assertThat(strike("ucdp-ged", "900004").get("target").asString()).isEqualTo("LPR");

        assertCounts(Imports.run(api, "ucdp-ged", Imports.fixture("ucdp-ged.csv")), 5, 0, 0, 4, 0, 1);
    }

    @Test
    void importsAcledStrikesAndSkipsOtherEventsWithTheReason() {
        JsonNode job = Imports.run(api, "acled", Imports.fixture("acled.csv"));
        assertCounts(job, 7, 3, 0, 0, 2, 2);
        assertThat(errors(job)).containsExactly(
                "4: sub_event_type 'Armed clash' is not a strike (only Air/drone strike and"
                        + " Shelling/artillery/missile attack are)",
                "5: sub_event_type 'Remote explosive/landmine/IED' is not a strike (only Air/drone strike and"
                        + " Shelling/artillery/missile attack are)",
                "7: latitude: 91.5 is outside -90 … 90",
                "8: fatalities: -1 is negative");

        JsonNode kyiv = strike("acled", "UKR900001");
        assertThat(kyiv.get("attacker").asString()).isEqualTo("RU");
        assertThat(kyiv.get("target").asString()).isEqualTo("UA");
        assertThat(kyiv.get("weaponCategory").asString()).isEqualTo("DRONE");
        assertThat(Imports.figure(kyiv.get("killed"))).isEqualTo("{\"low\":2,\"best\":2,\"high\":null,\"claims\":1}");
        assertThat(kyiv.get("place").asString()).isEqualTo("Kyiv");
        assertThat(kyiv.get("geoPrecision").asString()).isEqualTo("TOWN");
        assertThat(kyiv.get("startedAt").asString()).isEqualTo("2025-04-11T21:00:00Z");
        JsonNode claim = kyiv.get("claims").get(0);
        assertThat(claim.get("source").get("publisher").asString()).isEqualTo("ACLED");
        assertThat(claim.get("reference").asString()).isEqualTo("Fixture Wire");
        assertThat(claim.get("reportedAt").asString()).isEqualTo("2025-04-13T00:00:00Z");

        JsonNode belgorod = strike("acled", "UKR900002");
        assertThat(belgorod.get("attacker").asString()).isEqualTo("UA");
        assertThat(belgorod.get("target").asString()).isEqualTo("RU");
        assertThat(belgorod.get("country").asString()).isEqualTo("RU");
        assertThat(belgorod.get("weaponCategory").asString()).isEqualTo("ARTILLERY");
        assertThat(belgorod.get("timePrecision").asString()).isEqualTo("WEEK");
        assertThat(belgorod.get("geoPrecision").asString()).isEqualTo("REGION");

        JsonNode kharkiv = strike("acled", "UKR900005");
        assertThat(kharkiv.get("weaponCategory").asString()).isEqualTo("GUIDED_BOMB");
        assertThat(kharkiv.get("target").asString()).isEqualTo("UA");
        assertThat(kharkiv.get("startedAt").asString()).isEqualTo("2025-04-14T21:00:00Z");

        assertCounts(Imports.run(api, "acled", Imports.fixture("acled.csv")), 7, 0, 0, 3, 2, 2);
    }

    @Test
    void importsLedgerRowsWithClaimsThatReconcileToTheWrittenFigures() {
        JsonNode job = Imports.run(api, "ledger", Imports.fixture("ledger.csv"));
        assertCounts(job, 6, 3, 0, 0, 0, 3);
        assertThat(errors(job)).containsExactly(
                "5: attacker: no party XX in the ledger",
                "6: timePrecision: 'SECOND' is not one of MINUTE, HOUR, DAY, WEEK, MONTH",
                "7: launched: low below best without high needs at least two claims");

        JsonNode kyiv = strike("ledger", "501");
        assertThat(Imports.figure(kyiv.get("launched"))).isEqualTo("{\"low\":88,\"best\":88,\"high\":null,\"claims\":2}");
        assertThat(Imports.figure(kyiv.get("intercepted"))).isEqualTo("{\"low\":56,\"best\":56,\"high\":56,\"claims\":1}");
        assertThat(Imports.figure(kyiv.get("wounded"))).isEqualTo("{\"low\":3,\"best\":3,\"high\":null,\"claims\":1}");
        assertThat(kyiv.get("hit").isNull()).isTrue();
        assertThat(kyiv.get("claims")).hasSize(2);
        assertThat(kyiv.get("weaponModels").toString()).isEqualTo("[\"Shahed-136/131\",\"Gerbera\"]");
        assertThat(kyiv.get("targetCategories").toString()).isEqualTo("[\"ENERGY\",\"RESIDENTIAL\"]");
        assertThat(kyiv.get("launchPlace").asString()).isEqualTo("Kursk oblast");
        assertThat(kyiv.get("externalIds").size()).isEqualTo(2);
        assertThat(kyiv.get("externalIds").get("fixture-ledger").asString()).isEqualTo("a501");
        assertThat(kyiv.get("externalIds").get("ledger").asString()).isEqualTo("501");

        JsonNode flagged = strike("ledger", "502");
        assertThat(Imports.figure(flagged.get("killed"))).isEqualTo("{\"low\":45,\"best\":50,\"high\":55,\"claims\":1}");
        assertThat(flagged.get("inconsistent").asBoolean()).isTrue();

        JsonNode odesa = strike("ledger", "origin-503");
        assertThat(Imports.figure(odesa.get("launched"))).isEqualTo("{\"low\":5,\"best\":10,\"high\":null,\"claims\":3}");
        assertThat(odesa.get("place").asString()).isEqualTo("Odesa, port");
        assertThat(odesa.get("geoPrecision").asString()).isEqualTo("EXACT");
        assertThat(odesa.get("endedAt").asString()).isEqualTo(odesa.get("startedAt").asString());

        assertCounts(Imports.run(api, "ledger", Imports.fixture("ledger.csv")), 6, 0, 0, 3, 0, 3);

        // a changed row changes its claims: fewer claims now, one figure more
        String header = Imports.text("ledger.csv").lines().findFirst().orElseThrow();
        String changed = "501,RU,UA,2025-04-11T17:00:00Z,2025-04-12T06:00:00Z,HOUR,Kyiv,Kyiv city,UA,50.45,30.52,TOWN,"
                + "Kursk oblast,DRONE,Shahed-136/131|Gerbera,ENERGY|RESIDENTIAL,90,90,90,1,56,56,56,1,24,24,24,1,"
                + "2,2,2,1,,,,0,3,3,,1,false,fixture-ledger=a501";
        assertCounts(Imports.run(api, "ledger", header + "\n" + changed + "\n"), 1, 0, 1, 0, 0, 0);
        JsonNode after = strike("ledger", "501");
        assertThat(after.get("claims")).hasSize(1);
        assertThat(Imports.figure(after.get("launched"))).isEqualTo("{\"low\":90,\"best\":90,\"high\":90,\"claims\":1}");
        assertThat(Imports.figure(after.get("hit"))).isEqualTo("{\"low\":2,\"best\":2,\"high\":2,\"claims\":1}");
    }

    @Test
    void rejectsALedgerRowWhoseExternalIdBelongsToAnotherStrike() {
        String header = Imports.text("ledger.csv").lines().findFirst().orElseThrow();
        String first = "701,RU,UA,2025-05-01T00:00:00Z,,DAY,,,,,,,,,,,1,1,1,1,,,,0,,,,0,,,,0,,,,0,,,,0,false,"
                + "fixture-owner=x701";
        String second = first.replaceFirst("^701", "702");
        JsonNode job = Imports.run(api, "ledger", header + "\n" + first + "\n");
        assertCounts(job, 1, 1, 0, 0, 0, 0);
        JsonNode clash = Imports.run(api, "ledger", header + "\n" + second + "\n");
        assertCounts(clash, 1, 0, 0, 0, 0, 1);
        assertThat(errors(clash).get(0)).startsWith("2: the external id fixture-owner=x701 belongs to strike ");
    }
}
