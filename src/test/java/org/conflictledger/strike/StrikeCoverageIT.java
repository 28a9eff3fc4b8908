package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.UUID;

import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A strike's JSON lists the cease-fires it falls under, as the cease-fires stand now. */
class StrikeCoverageIT extends IntegrationTest {

    private long source;
    private String region;

    @BeforeEach
    void source() {
        source = api.post("/api/v1/sources", json("{'publisher':'Coverage test','kind':'MEDIA'}")).id();
        region = "Coverage oblast " + UUID.randomUUID();
    }

    private long strike(String day, String categories) {
        return api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'2031-03-" + day
                + "T01:00:00Z','endedAt':'2031-03-" + day + "T03:00:00Z','timePrecision':'HOUR','region':'" + region
                + "','targetCategories':[" + categories + "],'claims':[{'sourceId':" + source + "}]}")).id();
    }

    private long energyMoratorium() {
        long id = api.post("/api/v1/ceasefires", json("{'name':'Test moratorium " + region + "',"
                + "'scope':'ENERGY_INFRASTRUCTURE','parties':[{'party':'RU','position':'ACCEPTED'},"
                + "{'party':'UA','position':'ACCEPTED_WITH_CONDITIONS'}],'proposedAt':'2031-03-01T00:00:00Z'}")).id();
        api.post("/api/v1/ceasefires/" + id + "/transitions", json("{'to':'IN_FORCE','at':'2031-03-10T00:00:00Z'}"));
        api.post("/api/v1/ceasefires/" + id + "/transitions", json("{'to':'EXPIRED','at':'2031-03-20T00:00:00Z'}"));
        return id;
    }

    private static boolean lists(JsonNode strike, long ceasefire, String certainty) {
        for (JsonNode covering : strike.get("ceasefires")) {
            if (covering.get("id").asLong() == ceasefire) {
                return covering.get("certainty").asString().equals(certainty);
            }
        }
        return false;
    }

    @Test
    void listsAnEnergyMoratoriumOnAnEnergyStrikeButNotOnAResidentialOne() {
        long energy = strike("12", "'ENERGY'");
        long residential = strike("12", "'RESIDENTIAL'");
        long before = strike("05", "'ENERGY'");
        long ceasefire = energyMoratorium();

        assertThat(lists(api.get("/api/v1/strikes/" + energy).json(), ceasefire, "CERTAIN")).isTrue();
        assertThat(api.get("/api/v1/strikes/" + residential).json().get("ceasefires").toString())
                .doesNotContain("\"id\":" + ceasefire + ",");
        assertThat(api.get("/api/v1/strikes/" + before).json().get("ceasefires")).isEmpty();

        JsonNode listed = api.get("/api/v1/strikes?region=" + region.replace(" ", "%20") + "&targetCategory=ENERGY")
                .json().get("items");
        assertThat(listed).hasSize(2);
        for (JsonNode item : listed) {
            assertThat(lists(item, ceasefire, "CERTAIN")).isEqualTo(item.get("id").asLong() == energy);
        }
    }

    @Test
    void followsTheCeasefireHistoryAsItChanges() {
        long onTheEdge = api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA',"
                + "'startedAt':'2031-03-19T23:00:00Z','endedAt':'2031-03-20T02:00:00Z','timePrecision':'HOUR',"
                + "'region':'" + region + "','targetCategories':['ENERGY'],'claims':[{'sourceId':" + source + "}]}"))
                .id();
        long ceasefire = energyMoratorium();
        assertThat(lists(api.get("/api/v1/strikes/" + onTheEdge).json(), ceasefire, "POSSIBLE")).isTrue();

        api.delete("/api/v1/ceasefires/" + ceasefire);
        assertThat(api.get("/api/v1/strikes/" + onTheEdge).json().get("ceasefires")).isEmpty();
    }
}
