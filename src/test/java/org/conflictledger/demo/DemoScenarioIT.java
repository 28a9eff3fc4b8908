package org.conflictledger.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.conflictledger.support.Api;
import org.conflictledger.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The demo profile loads the spring-2025 scenario once, in a schema of its own so other tests are unaffected. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.security.api-keys=" + Api.KEYS, "ledger.db.schema=demo_scenario"})
@ActiveProfiles("demo")
class DemoScenarioIT {

    @LocalServerPort
    int port;

    @Autowired
    DemoScenario scenario;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Test
    void loadsTheSpring2025ScenarioOnceWithConflictingClaims() throws Exception {
        Api api = new Api(port);
        JsonNode ceasefires = api.get("/api/v1/ceasefires?size=50").json();
        assertThat(ceasefires.get("total").asLong()).isEqualTo(4);
        JsonNode energy = api.get("/api/v1/ceasefires?scope=ENERGY_INFRASTRUCTURE").json().get("items").get(0);
        assertThat(energy.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(energy.get("history")).hasSize(4);

        // the five strikes of the record, and the seeded nightly series of March to May 2025 (the same every load)
        JsonNode strikes = api.get("/api/v1/strikes?size=50").json();
        long total = strikes.get("total").asLong();
        assertThat(total).isEqualTo(73);
        assertThat(api.get("/api/v1/strikes?from=2025-03-01&to=2025-05-12&attacker=RU&size=1").json().get("total")
                .asLong()).isGreaterThan(50);
        JsonNode kyiv = api.get("/api/v1/strikes?place=Kyiv").json().get("items").get(0);
        assertThat(kyiv.get("launched").get("best").asLong()).isEqualTo(88);
        assertThat(kyiv.get("launched").get("high").isNull()).isTrue();
        JsonNode sloviansk = api.get("/api/v1/strikes?place=Sloviansk").json().get("items").get(0);
        assertThat(sloviansk.get("ceasefires").toString()).contains("Energy infrastructure moratorium");

        JsonNode tracks = api.get("/api/v1/tracks").json();
        assertThat(tracks.get("total").asLong()).isEqualTo(2);

        scenario.run(null);
        assertThat(api.get("/api/v1/strikes").json().get("total").asLong()).as("loaded only once").isEqualTo(total);
    }
}
