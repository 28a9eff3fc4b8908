package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ingest.imports.Imports.assertCounts;
import static org.conflictledger.ingest.imports.Imports.errors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Real exports name armed groups, one-sided events and actors nobody mapped: both ACLED layouts and
 * both GED renderings import them as parties (never dropped), and an unnamed target is {@code unknown}.
 */
class ActorPartiesImportIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private JsonNode strike(String dataset, String externalId) {
        long id = jdbc.sql("select strike_id from strike_external_id where dataset = ? and external_id = ?")
                .params(dataset, externalId).query(Long.class).single();
        return api.get("/api/v1/strikes/" + id).json();
    }

    private static String parties(JsonNode strike) {
        return strike.get("attacker").asString() + "->" + strike.get("target").asString();
    }

    @Test
    void importsTheOlderAcledLayoutWithArmedGroupsOneSidedRowsAndNewActors() {
        JsonNode job = Imports.run(api, "acled", Imports.fixture("acled-older-layout.csv"));
        assertCounts(job, 6, 5, 0, 0, 1, 0);
        assertThat(errors(job)).containsExactly("7: sub_event_type 'Armed clash' is not a strike (only Air/drone"
                + " strike and Shelling/artillery/missile attack are)");

        assertThat(parties(strike("acled", "UKR8100001"))).isEqualTo("UA->NAF");
        JsonNode naf = strike("acled", "UKR8100002");
        assertThat(parties(naf)).isEqualTo("NAF->UA");
        assertThat(naf.get("startedAt").asString()).isEqualTo("2022-03-01T22:00:00Z");
        // a one-sided row in the attacker's own country: the target is the party "unknown"
        JsonNode oneSided = strike("acled", "UKR8100003");
        assertThat(parties(oneSided)).isEqualTo("UA->UNKNOWN");
        assertThat(oneSided.get("timePrecision").asString()).isEqualTo("WEEK");
        assertThat(parties(strike("acled", "UKR8100006"))).isEqualTo("WAGNER->UA");

        // an actor nobody mapped becomes a party on first sight, authored by the import job
        JsonNode created = strike("acled", "UKR8100004");
        String code = created.get("attacker").asString();
        assertThat(code).isEqualTo("FVB");
        JsonNode party = api.get("/api/v1/parties/" + code).json();
        assertThat(party.get("name").asString()).isEqualTo("Fixture Volunteer Battalion");
        assertThat(party.get("kind").asString()).isEqualTo("ARMED_GROUP");
        assertThat(party.get("createdBy").asString()).isEqualTo("import job " + job.get("id").asLong());
        assertThat(party.get("aliases").toString()).isEqualTo("[\"fixture volunteer battalion\"]");

        JsonNode unknown = api.get("/api/v1/parties/unknown").json();
        assertThat(unknown.get("kind").asString()).isEqualTo("UNKNOWN");
        assertThat(api.get("/api/v1/parties/NAF").json().get("aliases").toString())
                .contains("naf: united armed forces of novorossiya", "novorossiya");

        // importing again changes nothing and creates no second party
        assertCounts(Imports.run(api, "acled", Imports.fixture("acled-older-layout.csv")), 6, 0, 0, 5, 1, 0);
        assertThat(jdbc.sql("select count(*) from party where name = 'Fixture Volunteer Battalion'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void importsTheCurrentAcledLayoutAndCreatesAMissingState() {
        JsonNode job = Imports.run(api, "acled", Imports.fixture("acled-current-layout.csv"));
        assertCounts(job, 4, 4, 0, 0, 0, 0);
        assertThat(parties(strike("acled", "UKR8200001"))).isEqualTo("UA->NAF");
        assertThat(parties(strike("acled", "UKR8200002"))).isEqualTo("UA->UNKNOWN");
        JsonNode militia = strike("acled", "UKR8200003");
        assertThat(militia.get("target").asString()).isEqualTo("UA");
        assertThat(api.get("/api/v1/parties/" + militia.get("attacker").asString()).json().get("kind").asString())
                .isEqualTo("ARMED_GROUP");
        assertThat(parties(strike("acled", "UKR8200004"))).isEqualTo("BY->UA");
        JsonNode belarus = api.get("/api/v1/parties/BY").json();
        assertThat(belarus.get("kind").asString()).isEqualTo("STATE");
        assertThat(belarus.get("name").asString()).isEqualTo("Belarus");
    }

    @Test
    void importsGedConvertedToCsvWithDprLprNovorossiyaAndOneSidedViolence() {
        JsonNode job = Imports.run(api, "ucdp-ged", Imports.fixture("ucdp-ged-converted.csv"));
        assertCounts(job, 5, 5, 0, 0, 0, 0);
        JsonNode dpr = strike("ucdp-ged", "910001");
        assertThat(parties(dpr)).isEqualTo("UA->DPR");
        assertThat(dpr.get("startedAt").asString()).isEqualTo("2014-06-30T21:00:00Z");
        assertThat(dpr.get("claims").get(0).get("quote").asString()).isEqualTo("Made-up headline");
        assertThat(Imports.figure(dpr.get("killed"))).isEqualTo("{\"low\":3,\"best\":3,\"high\":4,\"claims\":1}");
        JsonNode lpr = strike("ucdp-ged", "910002");
        assertThat(parties(lpr)).isEqualTo("UA->LPR");
        assertThat(lpr.get("timePrecision").asString()).isEqualTo("WEEK");
        assertThat(parties(strike("ucdp-ged", "910003"))).isEqualTo("UA->NAF");
        assertThat(parties(strike("ucdp-ged", "910004"))).isEqualTo("DPR->UA");
        String front = strike("ucdp-ged", "910005").get("target").asString();
        JsonNode party = api.get("/api/v1/parties/" + front).json();
        assertThat(party.get("name").asString()).isEqualTo("Fixture Front of the East");
        assertThat(party.get("kind").asString()).isEqualTo("ARMED_GROUP");
    }

    @Test
    void importsEveryRowOfTheSharedUcdpSample() throws IOException {
        Path data = Imports.sharedData();
        Assumptions.assumeTrue(data != null, "../shared/data is absent: the shared UCDP sample is not imported");
        Path sample = data.resolve("ucdp-ged-ukraine-sample/ucdp_ged_ukraine_tail_sample.csv");
        Assumptions.assumeTrue(Files.exists(sample), "the shared UCDP sample is absent");
        JsonNode job = Imports.run(api, "ucdp-ged", Files.readAllBytes(sample));
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("read").asLong()).isEqualTo(14);
        assertThat(job.get("created").asLong() + job.get("unchanged").asLong() + job.get("updated").asLong())
                .as(errors(job).toString()).isEqualTo(14);
    }
}
