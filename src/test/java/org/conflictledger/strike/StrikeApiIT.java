package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StrikeApiIT extends IntegrationTest {

    private long airForce;
    private long wire;
    private String wireUrl;

    @BeforeEach
    void sources() {
        airForce = api.post("/api/v1/sources", json("{'publisher':'Ukrainian Air Force','kind':'OFFICIAL_MILITARY',"
                + "'party':'UA','url':'https://example.org/af/" + UUID.randomUUID() + "'}")).id();
        wireUrl = "https://example.org/wire/" + UUID.randomUUID();
        wire = api.post("/api/v1/sources", json("{'publisher':'Example Wire','kind':'MEDIA','url':'" + wireUrl + "'}"))
                .id();
    }

    private String kyivStrike(String claims) {
        return json("{'attacker':'RU','target':'UA','startedAt':'2025-04-11T20:00:00+03:00',"
                + "'endedAt':'2025-04-12T09:00:00+03:00','timePrecision':'HOUR','place':'Kyiv','region':'Kyiv city',"
                + "'country':'UA','latitude':50.45,'longitude':30.52,'geoPrecision':'TOWN','weaponCategory':'DRONE',"
                + "'weaponModels':['Shahed-136/131'],'targetCategories':['RESIDENTIAL','ENERGY'],'claims':[" + claims
                + "]}");
    }

    private String airForceClaim() {
        return "{'sourceId':" + airForce + ",'reportedAt':'2025-04-12T09:00:00+03:00',"
                + "'launched':{'value':88,'qualifier':'EXACT'},'intercepted':{'value':56,'qualifier':'EXACT'},"
                + "'suppressed':{'value':24,'qualifier':'EXACT'}}";
    }

    private String wireClaim() {
        return "{'sourceId':'" + wire + "','reportedAt':'2025-04-12T12:00:00+03:00',"
                + "'launched':{'value':96,'qualifier':'MORE_THAN'},'wounded':{'value':3,'qualifier':'AT_LEAST'}}";
    }

    private static void assertFigure(JsonNode figure, Long low, Long best, Long high, int claims) {
        assertThat(figure.get("low").isNull() ? null : figure.get("low").asLong()).isEqualTo(low);
        assertThat(figure.get("best").isNull() ? null : figure.get("best").asLong()).isEqualTo(best);
        assertThat(figure.has("high")).as("high is always written").isTrue();
        assertThat(figure.get("high").isNull() ? null : figure.get("high").asLong()).isEqualTo(high);
        assertThat(figure.get("claims").asInt()).isEqualTo(claims);
    }

    @Test
    void reconcilesTheContractExampleFromTwoSources() {
        Api.Response created = api.post("/api/v1/strikes", kyivStrike(airForceClaim() + "," + wireClaim()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/strikes/" + created.id());

        JsonNode strike = api.get("/api/v1/strikes/" + created.id()).json();
        assertFigure(strike.get("launched"), 88L, 88L, null, 2);
        assertThat(strike.get("launched").get("bestSourceId").asLong()).isEqualTo(airForce);
        assertFigure(strike.get("intercepted"), 56L, 56L, 56L, 1);
        assertFigure(strike.get("wounded"), 3L, 3L, null, 1);
        assertThat(strike.get("killed").isNull()).as("a figure no claim states is null").isTrue();
        assertThat(strike.get("claims")).hasSize(2);
        assertThat(strike.get("claims").get(1).get("source").get("publisher").asString()).isEqualTo("Example Wire");
        assertThat(strike.get("startedAt").asString()).isEqualTo("2025-04-11T17:00:00Z");
        assertThat(strike.get("targetCategories").toString()).isEqualTo("[\"ENERGY\",\"RESIDENTIAL\"]");
    }

    @Test
    void reReconcilesWhenClaimsAreAddedChangedAndRemoved() {
        long id = api.post("/api/v1/strikes", kyivStrike(airForceClaim())).id();

        Api.Response added = api.post("/api/v1/strikes/" + id + "/claims", json(wireClaim()));
        assertThat(added.status()).isEqualTo(201);
        assertFigure(added.json().get("launched"), 88L, 88L, null, 2);
        long wireClaimId = Long.parseLong(added.header("Location").replaceAll(".*/", ""));

        Api.Response changed = api.put("/api/v1/strikes/" + id + "/claims/" + wireClaimId,
                json("{'sourceUrl':'" + wireUrl + "','launched':{'value':100,'qualifier':'ABOUT'}}"));
        assertThat(changed.status()).isEqualTo(200);
        assertFigure(changed.json().get("launched"), 88L, 88L, 110L, 2);
        assertThat(changed.json().get("wounded").isNull()).isTrue();

        api.post("/api/v1/strikes/" + id + "/claims", json("{'sourceId':" + wire
                + ",'launched':{'value':95,'qualifier':'EXACT'}}"));
        assertFigure(api.get("/api/v1/strikes/" + id).json().get("launched"), 88L, 95L, 110L, 3);

        assertThat(api.delete("/api/v1/strikes/" + id + "/claims/" + wireClaimId).status()).isEqualTo(204);
        JsonNode after = api.get("/api/v1/strikes/" + id).json();
        assertFigure(after.get("launched"), 88L, 88L, 95L, 2);
        assertThat(after.get("version").asLong()).isGreaterThan(0);
        assertThat(api.get("/api/v1/strikes/" + id + "/claims").json().get("items")).hasSize(2);
    }

    @Test
    void refusesToRemoveTheOnlyClaim() {
        JsonNode strike = api.post("/api/v1/strikes", kyivStrike(airForceClaim())).json();
        long claimId = strike.get("claims").get(0).get("id").asLong();
        Api.Response refused = api.delete("/api/v1/strikes/" + strike.get("id").asLong() + "/claims/" + claimId);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void keepsAndFlagsAClaimWhoseOwnFiguresDisagree() {
        String claim = "{'sourceId':" + airForce + ",'launched':{'value':10,'qualifier':'EXACT'},"
                + "'intercepted':{'value':9,'qualifier':'EXACT'},'suppressed':{'value':4,'qualifier':'EXACT'}}";
        JsonNode strike = api.post("/api/v1/strikes", kyivStrike(claim)).json();
        assertThat(strike.get("inconsistent").asBoolean()).isTrue();
        assertThat(strike.get("claims").get(0).get("inconsistent").asBoolean()).isTrue();
        assertFigure(strike.get("intercepted"), 9L, 9L, 9L, 1);
        JsonNode listed = api.get("/api/v1/strikes?place=Kyiv&size=500").json().get("items");
        boolean flaggedInList = false;
        for (JsonNode item : listed) {
            if (item.get("id").asLong() == strike.get("id").asLong()) {
                flaggedInList = item.get("inconsistent").asBoolean();
            }
        }
        assertThat(flaggedInList).isTrue();
    }

    @Test
    void ignoresServerOwnedFieldsInRequests() {
        String body = kyivStrike(airForceClaim()).replace("{\"attacker\"",
                "{\"id\":999999,\"version\":7,\"createdAt\":\"2000-01-01T00:00:00Z\","
                        + "\"launched\":{\"low\":1,\"best\":1,\"high\":1,\"claims\":9},\"ceasefires\":[],\"attacker\"");
        JsonNode strike = api.post("/api/v1/strikes", body).json();
        assertThat(strike.get("id").asLong()).isNotEqualTo(999999);
        assertThat(strike.get("version").asLong()).isZero();
        assertFigure(strike.get("launched"), 88L, 88L, 88L, 1);
        assertThat(strike.get("createdAt").asString()).doesNotStartWith("2000");
    }

    @Test
    void updatesTheStrikesOwnFieldsAndKeepsItsClaims() {
        long id = api.post("/api/v1/strikes", kyivStrike(airForceClaim() + "," + wireClaim())).id();
        String update = json("{'attacker':'RU','target':'UA','startedAt':'2025-04-11T21:00:00+03:00',"
                + "'timePrecision':'DAY','region':'Kyiv oblast','weaponCategory':'MIXED','targetCategories':['PORT'],"
                + "'externalIds':{'my-dataset':'row-" + id + "'}}");
        Api.Response updated = api.put("/api/v1/strikes/" + id, update);
        assertThat(updated.status()).isEqualTo(200);
        JsonNode strike = updated.json();
        assertThat(strike.get("region").asString()).isEqualTo("Kyiv oblast");
        assertThat(strike.get("endedAt").asString()).isEqualTo("2025-04-11T18:00:00Z");
        assertThat(strike.get("geoPrecision").asString()).isEqualTo("REGION");
        assertThat(strike.get("claims")).hasSize(2);
        assertThat(strike.get("externalIds").get("my-dataset").asString()).isEqualTo("row-" + id);
        assertThat(strike.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void refusesAnExternalIdThatAnotherStrikeHas() {
        String ids = ",'externalIds':{'ucdp-ged':'dup-" + UUID.randomUUID() + "'}}";
        String first = kyivStrike(airForceClaim());
        String withIds = first.substring(0, first.length() - 1) + json(ids);
        assertThat(api.post("/api/v1/strikes", withIds).status()).isEqualTo(201);
        Api.Response second = api.post("/api/v1/strikes", withIds);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("existingId").asLong()).isPositive();
    }

    @Test
    void deletesAStrikeWithItsClaims() {
        long id = api.post("/api/v1/strikes", kyivStrike(airForceClaim())).id();
        assertThat(api.as(Api.ANALYST).delete("/api/v1/strikes/" + id).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/strikes/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/strikes/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/strikes/" + id).status()).isEqualTo(404);
    }

    @Test
    void filtersSortsAndPagesTheList() {
        String region = "Test oblast " + UUID.randomUUID();
        List<Long> ids = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            String body = json("{'attacker':'" + (day % 2 == 0 ? "UA" : "RU") + "','target':'" + (day % 2 == 0 ? "RU"
                    : "UA") + "','startedAt':'2024-02-0" + day + "T03:00:00Z','timePrecision':'HOUR','region':'"
                    + region + "','country':'UA','weaponCategory':'" + (day == 3 ? "BALLISTIC_MISSILE" : "DRONE")
                    + "','targetCategories':['" + (day == 4 ? "ENERGY" : "MILITARY") + "'],'claims':[{'sourceId':"
                    + airForce + ",'launched':{'value':" + (day * 20) + ",'qualifier':'EXACT'}}]}");
            ids.add(api.post("/api/v1/strikes", body).id());
        }
        String base = "/api/v1/strikes?region=" + region.replace(" ", "%20").toUpperCase();
        JsonNode all = api.anonymous().get(base).json();
        assertThat(all.get("total").asLong()).isEqualTo(5);
        assertThat(all.get("items").get(0).get("id").asLong()).as("newest first by default").isEqualTo(ids.get(4));
        assertThat(all.get("items").get(0).has("claims")).as("list items leave claims out").isFalse();

        assertThat(api.get(base + "&attacker=ru").json().get("total").asLong()).isEqualTo(3);
        assertThat(api.get(base + "&target=RU").json().get("total").asLong()).isEqualTo(2);
        assertThat(api.get(base + "&weaponCategory=BALLISTIC_MISSILE").json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(base + "&targetCategory=ENERGY").json().get("items").get(0).get("id").asLong())
                .isEqualTo(ids.get(3));
        assertThat(api.get(base + "&from=2024-02-02T00:00:00Z&to=2024-02-04").json().get("total").asLong())
                .isEqualTo(2);
        assertThat(api.get(base + "&minLaunched=61").json().get("total").asLong()).isEqualTo(2);
        assertThat(api.get(base + "&country=ua").json().get("total").asLong()).isEqualTo(5);

        JsonNode page = api.get(base + "&sort=launched,asc&size=2&page=1").json();
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("items").get(0).get("launched").get("best").asLong()).isEqualTo(60);
        assertThat(api.get(base + "&sort=-startedAt").json().get("items").get(0).get("id").asLong())
                .isEqualTo(ids.get(4));
    }

    @Test
    void namesTheFieldOfEveryBadInput() {
        assertProblem(api.post("/api/v1/strikes", "{\"attacker\": \"RU\", "), 400, "malformed-json", null);
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim()).replace("\"DRONE\"", "\"LASER_BEAM\"")),
                400, "validation", "weaponCategory");
        assertThat(api.post("/api/v1/strikes", kyivStrike(airForceClaim()).replace("\"DRONE\"", "\"LASER_BEAM\""))
                .body()).contains("BALLISTIC_MISSILE");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim().replace("88", "-5"))), 400, "validation",
                "claims[0].launched.value");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim().replace("88", "99999999999"))), 400,
                "validation", "claims[0].launched.value");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim()).replace("2025-04-12T09:00:00+03:00\",\"time",
                "2025-04-10T00:00:00Z\",\"time")), 400, "validation", "endedAt");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim()).replace("\"RU\"", "\"XX\"")), 400,
                "validation", "attacker");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim()).replace("\"UA\",\"startedAt",
                "\"ZZ\",\"startedAt")), 400, "validation", "target");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim()).replace("2025-04-11T20:00:00+03:00",
                "2025-13-11T20:00:00+03:00")), 400, "validation", "startedAt");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim()).replace("2025-04-11T20:00:00+03:00",
                "2025-04-11T20:00:00")), 400, "validation", "startedAt");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim()).replace("\"place\"", "\"plaice\"")),
                400, "validation", "plaice");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim()).replace("50.45", "\"north\"")), 400,
                "validation", "latitude");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(airForceClaim()).replace("50.45", "91")), 400,
                "validation", "latitude");
        assertProblem(api.post("/api/v1/strikes", kyivStrike("")), 400, "validation", "claims");
        assertProblem(api.post("/api/v1/strikes", kyivStrike("{'sourceId':987654321}".replace('\'', '"'))), 400,
                "validation", "claims[0].sourceId");
        assertProblem(api.post("/api/v1/strikes", kyivStrike("{'sourceUrl':'https://nowhere.example/x'}"
                .replace('\'', '"'))), 400, "validation", "claims[0].sourceUrl");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(("{'sourceId':" + airForce
                + ",'killed':{'value':5,'qualifier':'BETWEEN','low':7,'high':3}}").replace('\'', '"'))), 400,
                "validation", "claims[0].killed");
        assertProblem(api.post("/api/v1/strikes", kyivStrike(("{'sourceId':" + airForce + ",'claimant':'QQ'}")
                .replace('\'', '"'))), 400, "validation", "claims[0].claimant");
        assertProblem(api.post("/api/v1/strikes", "[]"), 400, "validation", "body");
        assertProblem(api.send("POST", "/api/v1/strikes", "attacker=RU", "text/plain"), 415, "unsupported-media-type",
                null);
        assertProblem(api.get("/api/v1/strikes/not-a-number"), 400, "validation", "id");
        assertProblem(api.get("/api/v1/strikes/987654321"), 404, "not-found", null);
        assertProblem(api.get("/api/v1/strikes?from=yesterday"), 400, "validation", "from");
        assertProblem(api.get("/api/v1/strikes?weaponCategory=LASER"), 400, "validation", "weaponCategory");
        assertProblem(api.get("/api/v1/strikes?size=501"), 400, "validation", "size");
        assertProblem(api.get("/api/v1/strikes?page=-1"), 400, "validation", "page");
        assertProblem(api.get("/api/v1/strikes?sort=attacker;drop"), 400, "validation", "sort");
    }

    private static void assertProblem(Api.Response response, int status, String kind, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/" + kind);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.springframework");
        if (field != null) {
            assertThat(response.json().get("errors").toString()).contains("\"field\":\"" + field);
        }
    }
}
