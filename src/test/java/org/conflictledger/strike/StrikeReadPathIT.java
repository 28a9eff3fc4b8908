package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.UUID;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GET /strikes/{id} reads the whole strike in one SQL statement; the writes still answer with the
 * entity loaded through JPA. Both must give the same JSON, whatever the claims, sources, external ids
 * and cease-fires.
 */
class StrikeReadPathIT extends IntegrationTest {

    private long airForce;
    private long wire;
    private String region;

    @BeforeEach
    void sources() {
        airForce = api.post("/api/v1/sources", json("{'publisher':'Read path air force','kind':'OFFICIAL_MILITARY',"
                + "'party':'UA','url':'https://example.org/read/" + UUID.randomUUID() + "','title':'Bulletin'}")).id();
        wire = api.post("/api/v1/sources", json("{'publisher':'Read path wire','kind':'MEDIA'}")).id();
        region = "Read path oblast " + UUID.randomUUID();
    }

    private String strike(String extra, String claims) {
        return json("{'attacker':'RU','target':'UA','startedAt':'2091-04-11T20:00:00+03:00',"
                + "'endedAt':'2091-04-12T09:00:00+03:00','timePrecision':'HOUR','place':'Kyiv','region':'" + region
                + "','country':'UA','latitude':50.45,'longitude':30.52,'geoPrecision':'TOWN','weaponCategory':'DRONE',"
                + "'weaponModels':['Shahed-136/131','Gerbera'],'targetCategories':['RESIDENTIAL','ENERGY','PORT']"
                + extra + ",'claims':[" + claims + "]}");
    }

    private String claim(long source, String figures) {
        return "{'sourceId':" + source + ",'reportedAt':'2091-04-12T09:00:00Z','claimant':'UA','attributedTo':"
                + "'Air Force','quote':'Shot down, mostly','reference':'p. 2'" + figures + "}";
    }

    /** GET answers exactly what the write answered (the entity, through JPA). */
    private void assertSameAsRead(Api.Response written) {
        assertThat(written.status()).as(written.toString()).isBetween(200, 201);
        JsonNode expected = written.json();
        JsonNode read = api.get("/api/v1/strikes/" + expected.get("id").asLong()).json();
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void readsTheSameDocumentAsTheEntityThroughEveryChange() {
        Api.Response created = api.post("/api/v1/strikes", strike(",'externalIds':{'ucdp':'r-" + UUID.randomUUID()
                + "','acled':'a-1'}", claim(airForce, ",'launched':{'value':88,'qualifier':'EXACT'},"
                + "'intercepted':{'value':56,'qualifier':'EXACT'},'suppressed':{'value':40,'qualifier':'EXACT'}")
                + "," + claim(wire, ",'launched':{'value':96,'qualifier':'MORE_THAN'},"
                + "'killed':{'value':3,'low':2,'high':5,'qualifier':'BETWEEN'},'wounded':{'value':50,'qualifier':'ABOUT'}")));
        assertSameAsRead(created);
        long id = created.id();
        JsonNode strike = api.get("/api/v1/strikes/" + id).json();
        assertThat(strike.get("inconsistent").asBoolean()).as("56 + 40 shot down of 88").isTrue();
        assertThat(strike.get("claims")).hasSize(2);
        assertThat(strike.get("externalIds")).hasSize(2);

        Api.Response added = api.post("/api/v1/strikes/" + id + "/claims",
                json(claim(wire, ",'launched':{'value':90,'qualifier':'AT_MOST'},'hit':{'value':4,'qualifier':'AT_LEAST'}")));
        assertThat(added.status()).isEqualTo(201);
        assertSameAsRead(added);
        long third = added.json().get("claims").get(2).get("id").asLong();

        assertSameAsRead(api.put("/api/v1/strikes/" + id + "/claims/" + third,
                json(claim(airForce, ",'launched':{'value':100,'qualifier':'ABOUT'}"))));
        assertThat(api.delete("/api/v1/strikes/" + id + "/claims/" + third).status()).isEqualTo(204);
        assertSameAsRead(api.put("/api/v1/strikes/" + id, strike("", claim(airForce, ""))));
    }

    @Test
    void listsTheCeasefiresItFallsUnderAsTheEntityDoes() {
        long ceasefire = api.post("/api/v1/ceasefires", json("{'name':'Read path truce','scope':'LOCAL','areas':['"
                + region.toUpperCase() + "'],'parties':[{'party':'RU','position':'ACCEPTED'},"
                + "{'party':'UA','position':'PROPOSER'}],'proposedAt':'2091-04-01T00:00:00Z'}")).id();
        api.post("/api/v1/ceasefires/" + ceasefire + "/transitions", json("{'to':'IN_FORCE','at':'2091-04-12T00:00:00Z'}"));
        Api.Response created = api.post("/api/v1/strikes", strike("", claim(airForce, "")));
        assertSameAsRead(created);
        JsonNode covering = api.get("/api/v1/strikes/" + created.id()).json().get("ceasefires");
        assertThat(covering.toString()).contains("\"id\":" + ceasefire + ",").contains("POSSIBLE");
    }

    @Test
    void answers404ForAStrikeThatDoesNotExist() {
        Api.Response missing = api.get("/api/v1/strikes/9876543210");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
    }
}
