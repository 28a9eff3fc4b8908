package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ceasefire.CeasefireFixtures.create;
import static org.conflictledger.ceasefire.CeasefireFixtures.errorFields;
import static org.conflictledger.ceasefire.CeasefireFixtures.ids;
import static org.conflictledger.ceasefire.CeasefireFixtures.move;
import static org.conflictledger.ceasefire.CeasefireFixtures.newParty;
import static org.conflictledger.ceasefire.CeasefireFixtures.texts;

import java.time.Duration;
import java.time.Instant;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Creating, reading, listing, replacing and deleting cease-fires through HTTP, with their validation and security. */
class CeasefireApiIT extends IntegrationTest {

    static final String CONTRACT_EXAMPLE = """
            {"name":"Energy infrastructure moratorium","scope":"ENERGY_INFRASTRUCTURE",
             "parties":[{"party":"RU","position":"ACCEPTED"},{"party":"UA","position":"ACCEPTED_WITH_CONDITIONS",
                         "conditions":"monitoring by a third party"}],
             "mediators":["US"],"proposedAt":"2025-03-18T00:00:00Z",
             "effectiveFrom":"2025-03-18T00:00:00Z","effectiveUntil":"2025-04-17T00:00:00Z"}
            """;

    @Test
    void createsTheContractExampleAsProposedWithItsCreationEntry() {
        Api.Response created = api.as(Api.ANALYST).post("/api/v1/ceasefires", CONTRACT_EXAMPLE);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/ceasefires/" + id);
        assertThat(body.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(body.get("scope").asString()).isEqualTo("ENERGY_INFRASTRUCTURE");
        assertThat(body.get("parties")).hasSize(2);
        assertThat(body.get("parties").get(0).get("party").asString()).isEqualTo("RU");
        assertThat(body.get("parties").get(0).get("position").asString()).isEqualTo("ACCEPTED");
        assertThat(body.get("parties").get(1).get("party").asString()).isEqualTo("UA");
        assertThat(body.get("parties").get(1).get("position").asString()).isEqualTo("ACCEPTED_WITH_CONDITIONS");
        assertThat(body.get("parties").get(1).get("conditions").asString()).isEqualTo("monitoring by a third party");
        assertThat(texts(body.get("mediators"))).containsExactly("US");
        assertThat(body.get("effectiveUntil").asString()).isEqualTo("2025-04-17T00:00:00Z");
        assertThat(body.get("history")).hasSize(1);
        JsonNode creation = body.get("history").get(0);
        assertThat(creation.get("from").isNull()).isTrue();
        assertThat(creation.get("to").asString()).isEqualTo("PROPOSED");
        assertThat(creation.get("at").asString()).isEqualTo("2025-03-18T00:00:00Z");
        assertThat(creation.get("author").asString()).isEqualTo("analyst");
        assertThat(body.get("inForce")).isEmpty();
        assertThat(body.get("allegations").asLong()).isZero();
        assertThat(body.get("version").asLong()).isZero();

        Api.Response read = api.anonymous().get("/api/v1/ceasefires/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(body);
    }

    @Test
    void defaultsProposedAtToTheCreationTime() {
        Instant before = Instant.now().minusSeconds(1);
        JsonNode body = create(api, Api.json("{'name':'Undated','scope':'COMPREHENSIVE'}"));
        Instant proposedAt = Instant.parse(body.get("proposedAt").asString());

        assertThat(proposedAt).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(body.get("history").get(0).get("at").asString()).isEqualTo(body.get("proposedAt").asString());
        assertThat(body.get("parties")).isEmpty();
    }

    @Test
    void computesEffectiveUntilFromEffectiveFromAndADuration() {
        JsonNode days = create(api, Api.json("{'name':'Thirty days','scope':'COMPREHENSIVE',"
                + "'proposedAt':'2025-03-11T00:00:00Z','effectiveFrom':'2025-03-12T00:00:00+02:00','duration':'P30D'}"));
        assertThat(days.get("effectiveUntil").asString()).isEqualTo("2025-04-10T22:00:00Z");
        assertThat(days.get("duration").asString()).isEqualTo("P30D");

        JsonNode hours = create(api, Api.json("{'name':'Easter truce','scope':'HOLIDAY',"
                + "'proposedAt':'2025-04-19T15:00:00Z','effectiveFrom':'2025-04-19T15:00:00Z','duration':'PT30H'}"));
        assertThat(hours.get("effectiveUntil").asString()).isEqualTo("2025-04-20T21:00:00Z");
        assertThat(hours.get("duration").asString()).isEqualTo("PT30H");
    }

    @Test
    void acceptsADurationThatAgreesWithBothDates() {
        JsonNode body = create(api, Api.json("{'name':'Consistent','scope':'COMPREHENSIVE','proposedAt':'2025-03-18T00:00:00Z',"
                + "'effectiveFrom':'2025-03-18T00:00:00Z','effectiveUntil':'2025-04-17T00:00:00Z','duration':'P30D'}"));
        assertThat(body.get("duration").asString()).isEqualTo("P30D");
    }

    @Test
    void refusesADurationThatDisagreesWithEffectiveUntil() {
        Api.Response refused = api.post("/api/v1/ceasefires", Api.json("{'name':'Inconsistent','scope':'COMPREHENSIVE',"
                + "'effectiveFrom':'2025-03-18T00:00:00Z','effectiveUntil':'2025-04-17T00:00:00Z','duration':'P10D'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(errorFields(refused)).containsExactly("duration");
    }

    @Test
    void refusesEffectiveUntilBeforeEffectiveFrom() {
        Api.Response refused = api.post("/api/v1/ceasefires", Api.json("{'name':'Backwards','scope':'COMPREHENSIVE',"
                + "'effectiveFrom':'2025-04-17T00:00:00Z','effectiveUntil':'2025-03-18T00:00:00Z'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("effectiveUntil");
    }

    @Test
    void refusesAgreedAtBeforeProposedAt() {
        Api.Response refused = api.post("/api/v1/ceasefires", Api.json("{'name':'Early','scope':'COMPREHENSIVE',"
                + "'proposedAt':'2025-03-18T00:00:00Z','agreedAt':'2025-03-17T00:00:00Z'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("agreedAt");
    }

    @Test
    void refusesDurationsThatAreNotIsoOrHaveNoFixedLength() {
        for (String duration : new String[] {"30 days", "P1M", "PT0S", "-P3D", "PT0.5S"}) {
            Api.Response refused = api.post("/api/v1/ceasefires", Api.json("{'name':'Odd','scope':'COMPREHENSIVE',"
                    + "'duration':'" + duration + "'}"));
            assertThat(refused.status()).as(duration).isEqualTo(400);
            assertThat(errorFields(refused)).as(duration).containsExactly("duration");
        }
    }

    @Test
    void refusesUnknownPartyCodesNamingTheField() {
        Api.Response party = api.post("/api/v1/ceasefires", Api.json("{'name':'Ghost','scope':'COMPREHENSIVE',"
                + "'parties':[{'party':'UA','position':'ACCEPTED'},{'party':'XX','position':'ACCEPTED'}]}"));
        assertThat(party.status()).isEqualTo(400);
        assertThat(errorFields(party)).containsExactly("parties[1].party");
        assertThat(party.body()).contains("XX");

        Api.Response mediator = api.post("/api/v1/ceasefires", Api.json("{'name':'Ghost','scope':'COMPREHENSIVE',"
                + "'mediators':['QQ']}"));
        assertThat(mediator.status()).isEqualTo(400);
        assertThat(errorFields(mediator)).containsExactly("mediators[0]");
    }

    @Test
    void refusesAPartyListedTwice() {
        Api.Response refused = api.post("/api/v1/ceasefires", Api.json("{'name':'Twice','scope':'COMPREHENSIVE',"
                + "'parties':[{'party':'UA','position':'ACCEPTED'},{'party':'ua','position':'REJECTED'}]}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("parties[1].party");
    }

    @Test
    void refusesAnUnknownScopeListingTheAllowedValues() {
        Api.Response refused = api.post("/api/v1/ceasefires", Api.json("{'name':'Odd','scope':'GALACTIC'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("scope");
        assertThat(texts(error.get("allowed"))).containsExactly("COMPREHENSIVE", "ENERGY_INFRASTRUCTURE", "MARITIME",
                "HUMANITARIAN_CORRIDOR", "LOCAL", "HOLIDAY");
    }

    @Test
    void refusesAnUnknownPositionListingTheAllowedValues() {
        Api.Response refused = api.post("/api/v1/ceasefires", Api.json("{'name':'Odd','scope':'COMPREHENSIVE',"
                + "'parties':[{'party':'UA','position':'MAYBE'}]}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(texts(refused.json().get("errors").get(0).get("allowed"))).containsExactly("PROPOSER", "ACCEPTED",
                "ACCEPTED_WITH_CONDITIONS", "REJECTED", "NO_RESPONSE");
    }

    @Test
    void refusesAnUnknownField() {
        Api.Response refused = api.post("/api/v1/ceasefires", Api.json("{'name':'Odd','scope':'COMPREHENSIVE','colour':'blue'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("colour");
    }

    @Test
    void refusesMissingNameAndScope() {
        Api.Response refused = api.post("/api/v1/ceasefires", Api.json("{'description':'no name'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("name", "scope");
    }

    @Test
    void refusesDatesThatAreMalformedOrAbsurd() {
        Api.Response malformed = api.post("/api/v1/ceasefires", Api.json("{'name':'Odd','scope':'COMPREHENSIVE',"
                + "'proposedAt':'18 March 2025'}"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(errorFields(malformed)).containsExactly("proposedAt");

        Api.Response absurd = api.post("/api/v1/ceasefires", Api.json("{'name':'Odd','scope':'COMPREHENSIVE',"
                + "'effectiveFrom':'1025-03-18T00:00:00Z'}"));
        assertThat(absurd.status()).isEqualTo(400);
        assertThat(errorFields(absurd)).containsExactly("effectiveFrom");
    }

    @Test
    void ignoresServerOwnedFieldsSentInARequest() {
        JsonNode body = create(api, Api.json("{'id':999999,'version':7,'status':'EXPIRED','createdAt':'2000-01-01T00:00:00Z',"
                + "'updatedAt':'2000-01-01T00:00:00Z','history':[{'to':'IN_FORCE'}],'inForce':[{'from':'2025-01-01T00:00:00Z'}],"
                + "'allegations':5,'name':'Owned','scope':'COMPREHENSIVE','proposedAt':'2025-03-01T00:00:00Z'}"));

        assertThat(body.get("id").asLong()).isNotEqualTo(999999L);
        assertThat(body.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.get("history")).hasSize(1);
        assertThat(body.get("inForce")).isEmpty();
        assertThat(body.get("allegations").asLong()).isZero();
        assertThat(body.get("createdAt").asString()).doesNotStartWith("2000");
    }

    @Test
    void replacesTheTermsButKeepsStatusAndHistory() {
        long id = create(api, CONTRACT_EXAMPLE).get("id").asLong();
        assertThat(move(api, id, "AGREED", "2025-03-18T18:00:00Z").status()).isEqualTo(201);

        Api.Response replaced = api.as(Api.ANALYST).put("/api/v1/ceasefires/" + id, Api.json(
                "{'name':'Kherson corridor','scope':'LOCAL','areas':['Kherson oblast',' kherson oblast ','Mykolaiv'],"
                        + "'description':'evacuation','parties':[{'party':'UA','position':'PROPOSER'}],'mediators':[],"
                        + "'proposedAt':'2025-03-17T00:00:00Z','status':'EXPIRED'}"));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        JsonNode body = replaced.json();
        assertThat(body.get("name").asString()).isEqualTo("Kherson corridor");
        assertThat(body.get("scope").asString()).isEqualTo("LOCAL");
        assertThat(texts(body.get("areas"))).containsExactly("Kherson oblast", "Mykolaiv");
        assertThat(body.get("parties")).hasSize(1);
        assertThat(body.get("mediators")).isEmpty();
        assertThat(body.get("effectiveFrom").isNull()).isTrue();
        assertThat(body.get("status").asString()).isEqualTo("AGREED");
        assertThat(body.get("history")).hasSize(2);
        assertThat(body.get("history").get(0).get("at").asString()).isEqualTo("2025-03-17T00:00:00Z");
        assertThat(body.get("version").asLong()).isGreaterThan(1);
        assertThat(api.get("/api/v1/ceasefires/" + id).json()).isEqualTo(body);
    }

    @Test
    void refusesMovingProposedAtAfterTheFirstTransition() {
        long id = create(api, CONTRACT_EXAMPLE).get("id").asLong();
        move(api, id, "AGREED", "2025-03-18T18:00:00Z");

        Api.Response refused = api.put("/api/v1/ceasefires/" + id, Api.json("{'name':'Late','scope':'COMPREHENSIVE',"
                + "'proposedAt':'2025-03-19T00:00:00Z'}"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/history-out-of-order");
    }

    @Test
    void keepsProposedAtWhenAReplacementLeavesItOut() {
        long id = create(api, CONTRACT_EXAMPLE).get("id").asLong();

        JsonNode body = api.put("/api/v1/ceasefires/" + id, Api.json("{'name':'Renamed','scope':'COMPREHENSIVE'}")).json();

        assertThat(body.get("proposedAt").asString()).isEqualTo("2025-03-18T00:00:00Z");
        assertThat(body.get("parties")).isEmpty();
    }

    @Test
    void deletesACeasefireWithItsHistory() {
        long id = create(api, CONTRACT_EXAMPLE).get("id").asLong();
        move(api, id, "IN_FORCE", "2025-03-18T18:00:00Z");

        assertThat(api.as(Api.ADMIN).delete("/api/v1/ceasefires/" + id).status()).isEqualTo(204);

        Api.Response gone = api.get("/api/v1/ceasefires/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.isProblem()).isTrue();
        assertThat(api.delete("/api/v1/ceasefires/" + id).status()).isEqualTo(404);
    }

    @Test
    void answersNotFoundForAnUnknownCeasefire() {
        Api.Response missing = api.get("/api/v1/ceasefires/987654321");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(api.put("/api/v1/ceasefires/987654321", CONTRACT_EXAMPLE).status()).isEqualTo(404);
    }

    @Test
    void needsAnAnalystKeyToWriteAndAnAdminKeyToDelete() {
        Api.Response noKey = api.anonymous().post("/api/v1/ceasefires", CONTRACT_EXAMPLE);
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(noKey.isProblem()).isTrue();
        assertThat(api.as(Api.READER).post("/api/v1/ceasefires", CONTRACT_EXAMPLE).status()).isEqualTo(403);

        long id = create(api, CONTRACT_EXAMPLE).get("id").asLong();
        assertThat(api.as(Api.READER).put("/api/v1/ceasefires/" + id, CONTRACT_EXAMPLE).status()).isEqualTo(403);
        Api.Response analystDelete = api.as(Api.ANALYST).delete("/api/v1/ceasefires/" + id);
        assertThat(analystDelete.status()).isEqualTo(403);
        assertThat(analystDelete.isProblem()).isTrue();
        assertThat(api.anonymous().get("/api/v1/ceasefires/" + id).status()).isEqualTo(200);
        assertThat(api.anonymous().get("/api/v1/ceasefires?size=1").status()).isEqualTo(200);
    }

    @Test
    void filtersByPartyStatusAndScopeAndPages() {
        String a = newParty(api);
        String b = newParty(api);
        long first = create(api, between("First", "COMPREHENSIVE", a, b, "2025-01-01T00:00:00Z")).get("id").asLong();
        long second = create(api, between("Second", "MARITIME", a, b, "2025-01-02T00:00:00Z")).get("id").asLong();
        long third = create(api, between("Third", "COMPREHENSIVE", a, b, "2025-01-03T00:00:00Z")).get("id").asLong();
        move(api, second, "IN_FORCE", "2025-01-05T00:00:00Z");

        JsonNode all = api.get("/api/v1/ceasefires?party=" + a.toLowerCase()).json();
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(ids(all.get("items"))).containsExactly(first, second, third);

        JsonNode page0 = api.get("/api/v1/ceasefires?party=" + a + "&size=2&page=0").json();
        JsonNode page1 = api.get("/api/v1/ceasefires?party=" + a + "&size=2&page=1").json();
        assertThat(ids(page0.get("items"))).containsExactly(first, second);
        assertThat(ids(page1.get("items"))).containsExactly(third);
        assertThat(page1.get("page").asInt()).isEqualTo(1);
        assertThat(page1.get("size").asInt()).isEqualTo(2);
        assertThat(page1.get("total").asLong()).isEqualTo(3);

        assertThat(ids(api.get("/api/v1/ceasefires?party=" + a + "&status=IN_FORCE").json().get("items")))
                .containsExactly(second);
        assertThat(ids(api.get("/api/v1/ceasefires?party=" + b + "&scope=COMPREHENSIVE").json().get("items")))
                .containsExactly(first, third);
        assertThat(ids(api.get("/api/v1/ceasefires?party=" + a + "&sort=name,desc").json().get("items")))
                .containsExactly(third, second, first);
        assertThat(ids(api.get("/api/v1/ceasefires?party=" + a + "&sort=-proposedAt").json().get("items")))
                .containsExactly(third, second, first);
        assertThat(ids(api.get("/api/v1/ceasefires?party=" + a + "&sort=id").json().get("items")))
                .containsExactly(first, second, third);
        JsonNode listed = api.get("/api/v1/ceasefires?party=" + a + "&status=IN_FORCE").json().get("items").get(0);
        assertThat(listed).isEqualTo(api.get("/api/v1/ceasefires/" + second).json());
    }

    @Test
    void filtersByLifetimeOverlappingTheTimeWindow() {
        String a = newParty(api);
        String b = newParty(api);
        long rejected = create(api, between("Rejected", "COMPREHENSIVE", a, b, "2025-01-01T00:00:00Z")).get("id").asLong();
        move(api, rejected, "REJECTED", "2025-01-10T00:00:00Z");
        long open = create(api, between("Open", "COMPREHENSIVE", a, b, "2025-02-01T00:00:00Z")).get("id").asLong();
        long expired = create(api, between("Expired", "COMPREHENSIVE", a, b, "2025-03-01T00:00:00Z")).get("id").asLong();
        move(api, expired, "IN_FORCE", "2025-03-02T00:00:00Z");
        move(api, expired, "EXPIRED", "2025-03-31T00:00:00Z");
        String base = "/api/v1/ceasefires?party=" + a;

        assertThat(ids(api.get(base + "&from=2025-01-15T00:00:00Z&to=2025-02-15T00:00:00Z").json().get("items")))
                .containsExactly(open);
        assertThat(ids(api.get(base + "&from=2025-01-05T00:00:00Z&to=2025-01-06T00:00:00Z").json().get("items")))
                .containsExactly(rejected);
        assertThat(ids(api.get(base + "&from=2025-01-10T00:00:00Z").json().get("items")))
                .containsExactly(open, expired);
        assertThat(ids(api.get(base + "&to=2025-02-01T00:00:00Z").json().get("items")))
                .containsExactly(rejected);
        assertThat(ids(api.get(base + "&from=2025-04-01T00:00:00%2B02:00").json().get("items")))
                .containsExactly(open);
        assertThat(ids(api.get(base + "&from=2025-03-30T23:00:00-02:00").json().get("items")))
                .containsExactly(open);
    }

    @Test
    void refusesBadListParameters() {
        Api.Response size = api.get("/api/v1/ceasefires?size=501");
        assertThat(size.status()).isEqualTo(400);
        assertThat(errorFields(size)).containsExactly("size");

        Api.Response sort = api.get("/api/v1/ceasefires?sort=colour");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(errorFields(sort)).containsExactly("sort");

        Api.Response status = api.get("/api/v1/ceasefires?status=PAUSED");
        assertThat(status.status()).isEqualTo(400);
        assertThat(texts(status.json().get("errors").get(0).get("allowed"))).contains("IN_FORCE", "WITHDRAWN");

        Api.Response window = api.get("/api/v1/ceasefires?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z");
        assertThat(window.status()).isEqualTo(400);
        assertThat(errorFields(window)).containsExactly("to");

        Api.Response date = api.get("/api/v1/ceasefires?from=yesterday");
        assertThat(date.status()).isEqualTo(400);
        assertThat(errorFields(date)).containsExactly("from");
    }

    @Test
    void refusesADurationBeyondAHundredYears() {
        Api.Response refused = api.post("/api/v1/ceasefires", Api.json("{'name':'Forever','scope':'COMPREHENSIVE',"
                + "'duration':'P" + Duration.ofDays(40_000).toDays() + "D'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("duration");
    }

    private static String between(String name, String scope, String a, String b, String proposedAt) {
        return Api.json("{'name':'" + name + "','scope':'" + scope + "','parties':[{'party':'" + a
                + "','position':'PROPOSER'},{'party':'" + b + "','position':'ACCEPTED'}],'proposedAt':'" + proposedAt + "'}");
    }
}
