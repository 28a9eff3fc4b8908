package org.conflictledger.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class NegotiationApiIT extends IntegrationTest {

    private static final String CONTRACT = """
            {"kind":"MEETING","trackId":"%s","occurredAt":"2025-04-11T12:00:00+03:00","timePrecision":"DAY",
             "place":"St. Petersburg","country":"RU","duration":{"minutes":240,"qualifier":"MORE_THAN"},
             "participants":[{"name":"Steve Witkoff","title":"White House envoy","party":"US","capacity":"ENVOY"},
                             {"name":"Vladimir Putin","title":"President","party":"RU","capacity":"PRINCIPAL"}],
             "topics":["CEASEFIRE","PEACE_SETTLEMENT"],"tone":"UNKNOWN"}
            """;

    @Autowired
    JdbcClient jdbc;

    @Test
    void acceptsTheContractExampleExactlyAndShowsEveryField() {
        String trackName = Fixtures.unique("Russia–Ukraine settlement");
        long track = Fixtures.track(api, trackName);

        Api.Response created = api.post("/api/v1/negotiations", CONTRACT.formatted(track));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/negotiations/" + created.id());
        JsonNode event = created.json();
        assertThat(event.get("kind").asString()).isEqualTo("MEETING");
        assertThat(event.get("trackId").asLong()).isEqualTo(track);
        assertThat(event.get("trackName").asString()).isEqualTo(trackName);
        assertThat(event.get("occurredAt").asString()).isEqualTo("2025-04-11T09:00:00Z");
        assertThat(event.get("timePrecision").asString()).isEqualTo("DAY");
        assertThat(event.get("place").asString()).isEqualTo("St. Petersburg");
        assertThat(event.get("country").asString()).isEqualTo("RU");
        assertThat(event.get("duration").get("minutes").asLong()).isEqualTo(240);
        assertThat(event.get("duration").get("qualifier").asString()).isEqualTo("MORE_THAN");
        JsonNode participants = event.get("participants");
        assertThat(participants.size()).isEqualTo(2);
        assertThat(participants.get(0).get("name").asString()).isEqualTo("Steve Witkoff");
        assertThat(participants.get(0).get("title").asString()).isEqualTo("White House envoy");
        assertThat(participants.get(0).get("party").asString()).isEqualTo("US");
        assertThat(participants.get(0).get("capacity").asString()).isEqualTo("ENVOY");
        assertThat(participants.get(1).get("name").asString()).isEqualTo("Vladimir Putin");
        assertThat(participants.get(1).get("capacity").asString()).isEqualTo("PRINCIPAL");
        assertThat(event.get("topics").valueStream().map(JsonNode::asString))
                .containsExactly("CEASEFIRE", "PEACE_SETTLEMENT");
        assertThat(event.get("tone").asString()).isEqualTo("UNKNOWN");
        assertThat(event.get("version").asLong()).isZero();
        assertThat(event.get("createdAt").isNull()).isFalse();
        assertThat(event.get("updatedAt").isNull()).isFalse();
        // what was not stated is written as null or empty, never left out
        assertThat(event.get("title").isNull()).isTrue();
        assertThat(event.get("ceasefireId").isNull()).isTrue();
        assertThat(event.get("quotes").size()).isZero();

        Api.Response fetched = api.get("/api/v1/negotiations/" + created.id());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(event);
    }

    @Test
    void acceptsIdsAsNumbersAsWellAsStrings() {
        long track = Fixtures.track(api, Fixtures.unique("US–Ukraine minerals deal"));
        long source = Fixtures.source(api, "Reuters");

        Api.Response created = api.post("/api/v1/negotiations", Api.json("{'kind':'AGREEMENT_SIGNED','trackId':"
                + track + ",'occurredAt':'2025-04-30T18:00:00Z','timePrecision':'HOUR','topics':['MINERALS'],"
                + "'sourceIds':[" + source + ",'" + source + "']}"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("trackId").asLong()).isEqualTo(track);
        assertThat(created.json().get("sourceIds").valueStream().map(JsonNode::asLong)).containsExactly(source);
        assertThat(created.json().get("sources").get(0).get("publisher").asString()).isEqualTo("Reuters");
    }

    @Test
    void defaultsToneToUnknownAndNormalisesCodes() {
        long id = Fixtures.event(api, "{'kind':'STATEMENT','occurredAt':'2025-03-01T10:00:00Z','timePrecision':'DAY',"
                + "'country':'ua','title':'  Kyiv statement  ','participants':[{'name':' Andrii Sybiha ','party':'ua',"
                + "'capacity':'SPEAKER'}]}");

        JsonNode event = api.get("/api/v1/negotiations/" + id).json();
        assertThat(event.get("tone").asString()).isEqualTo("UNKNOWN");
        assertThat(event.get("country").asString()).isEqualTo("UA");
        assertThat(event.get("title").asString()).isEqualTo("Kyiv statement");
        assertThat(event.get("participants").get(0).get("name").asString()).isEqualTo("Andrii Sybiha");
        assertThat(event.get("participants").get(0).get("party").asString()).isEqualTo("UA");
        assertThat(event.get("participants").get(0).get("title").isNull()).isTrue();
        assertThat(event.get("trackId").isNull()).isTrue();
        assertThat(event.get("duration").isNull()).isTrue();
    }

    @Test
    void keepsQuotesSourcesAndTheRelatedCeasefire() {
        long ceasefire = ceasefire("Energy infrastructure moratorium");
        long kremlin = Fixtures.source(api, "Kremlin press service");
        long whiteHouse = Fixtures.source(api, "White House");

        long id = Fixtures.event(api, "{'kind':'PHONE_CALL','occurredAt':'2025-03-18T16:00:00Z','timePrecision':'HOUR',"
                + "'duration':{'minutes':90,'qualifier':'ABOUT'},'ceasefireId':'" + ceasefire + "',"
                + "'sourceIds':[" + whiteHouse + "," + kremlin + "],'outcome':'30-day halt on strikes on energy',"
                + "'quotes':[{'speaker':'Kremlin','text':'Putin supported the idea'},{'text':'unattributed'}]}");

        JsonNode event = api.get("/api/v1/negotiations/" + id).json();
        assertThat(event.get("ceasefireId").asLong()).isEqualTo(ceasefire);
        assertThat(event.get("outcome").asString()).isEqualTo("30-day halt on strikes on energy");
        assertThat(event.get("duration").get("qualifier").asString()).isEqualTo("ABOUT");
        assertThat(event.get("quotes").size()).isEqualTo(2);
        assertThat(event.get("quotes").get(0).get("speaker").asString()).isEqualTo("Kremlin");
        assertThat(event.get("quotes").get(0).get("text").asString()).isEqualTo("Putin supported the idea");
        assertThat(event.get("quotes").get(1).get("speaker").isNull()).isTrue();
        assertThat(event.get("sourceIds").valueStream().map(JsonNode::asLong))
                .containsExactly(Math.min(kremlin, whiteHouse), Math.max(kremlin, whiteHouse));
        assertThat(event.get("sources").valueStream().map(s -> s.get("id").asLong()))
                .containsExactly(Math.min(kremlin, whiteHouse), Math.max(kremlin, whiteHouse));
    }

    @Test
    void updateReplacesTheWholeEventAndBumpsTheVersion() {
        long track = Fixtures.track(api, Fixtures.unique("Russia–Ukraine settlement"));
        long other = Fixtures.track(api, Fixtures.unique("US–Russia relations"));
        long source = Fixtures.source(api, "TASS");
        long id = api.post("/api/v1/negotiations", CONTRACT.formatted(track)).id();

        Api.Response updated = api.put("/api/v1/negotiations/" + id, Api.json("{'kind':'TALKS_ROUND','trackId':"
                + other + ",'occurredAt':'2025-04-12T08:00:00Z','timePrecision':'HOUR','title':'Second round',"
                + "'participants':[{'name':'Kirill Dmitriev','party':'RU','capacity':'ENVOY'}],"
                + "'topics':['SANCTIONS'],'tone':'CONSTRUCTIVE','sourceIds':[" + source + "]}"));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        JsonNode event = api.get("/api/v1/negotiations/" + id).json();
        assertThat(event.get("kind").asString()).isEqualTo("TALKS_ROUND");
        assertThat(event.get("trackId").asLong()).isEqualTo(other);
        assertThat(event.get("title").asString()).isEqualTo("Second round");
        assertThat(event.get("occurredAt").asString()).isEqualTo("2025-04-12T08:00:00Z");
        assertThat(event.get("participants").size()).isEqualTo(1);
        assertThat(event.get("participants").get(0).get("name").asString()).isEqualTo("Kirill Dmitriev");
        assertThat(event.get("topics").valueStream().map(JsonNode::asString)).containsExactly("SANCTIONS");
        assertThat(event.get("tone").asString()).isEqualTo("CONSTRUCTIVE");
        assertThat(event.get("sourceIds").valueStream().map(JsonNode::asLong)).containsExactly(source);
        // what the PUT left out is cleared
        assertThat(event.get("place").isNull()).isTrue();
        assertThat(event.get("country").isNull()).isTrue();
        assertThat(event.get("duration").isNull()).isTrue();
        assertThat(event.get("version").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/tracks/" + track).json().get("events").size()).isZero();
        assertThat(api.get("/api/v1/tracks/" + other).json().get("events").get(0).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void aFetchedEventCanBeSentBackUnchanged() {
        long track = Fixtures.track(api, Fixtures.unique("Round trip"));
        long source = Fixtures.source(api, "RFE/RL");
        long id = Fixtures.event(api, track, "MEETING", "2025-02-18T10:00:00Z",
                ",'sourceIds':[" + source + "],'quotes':[{'speaker':'Marco Rubio','text':'a first step'}]");
        String fetched = api.get("/api/v1/negotiations/" + id).body();

        Api.Response replaced = api.put("/api/v1/negotiations/" + id, fetched);

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        JsonNode event = replaced.json();
        assertThat(event.get("quotes").get(0).get("text").asString()).isEqualTo("a first step");
        assertThat(event.get("sources").get(0).get("id").asLong()).isEqualTo(source);
        assertThat(event.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void ignoresServerOwnedFieldsSentInARequest() {
        Api.Response created = api.post("/api/v1/negotiations", Api.json("{'id':999999,'version':42,"
                + "'createdAt':'1999-01-01T00:00:00Z','updatedAt':'1999-01-01T00:00:00Z','kind':'PROPOSAL',"
                + "'occurredAt':'2025-03-11T12:00:00+03:00','timePrecision':'DAY','place':'Jeddah','country':'SA'}"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.id()).isNotEqualTo(999999);
        assertThat(created.json().get("version").asLong()).isZero();
        assertThat(created.json().get("createdAt").asString()).doesNotStartWith("1999");
        assertThat(api.get("/api/v1/negotiations/999999").status()).isEqualTo(404);
    }

    @Test
    void deletesAnEventWithEverythingItOwns() {
        long source = Fixtures.source(api, "Interfax");
        long id = Fixtures.event(api, "{'kind':'MEETING','occurredAt':'2025-03-25T09:00:00Z','timePrecision':'DAY',"
                + "'participants':[{'name':'Michael Anton','party':'US','capacity':'ENVOY'}],"
                + "'quotes':[{'text':'technical talks'}],'sourceIds':[" + source + "]}");

        Api.Response deleted = api.delete("/api/v1/negotiations/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/negotiations/" + id).status()).isEqualTo(404);
        long leftovers = jdbc.sql("select (select count(*) from negotiation_participant where event_id = :id)"
                + " + (select count(*) from negotiation_quote where event_id = :id)"
                + " + (select count(*) from negotiation_source where event_id = :id)")
                .param("id", id).query(Long.class).single();
        assertThat(leftovers).isZero();
        // the source itself stays, and is no longer cited
        assertThat(api.get("/api/v1/sources/" + source).status()).isEqualTo(200);
    }

    @Test
    void answersNotFoundForAnUnknownEvent() {
        Api.Response get = api.get("/api/v1/negotiations/987654321");
        Api.Response put = api.put("/api/v1/negotiations/987654321",
                Api.json("{'kind':'MEETING','occurredAt':'2025-03-25T09:00:00Z','timePrecision':'DAY'}"));
        Api.Response delete = api.delete("/api/v1/negotiations/987654321");

        for (Api.Response response : new Api.Response[] {get, put, delete}) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().get("type").asString()).isEqualTo("/problems/not-found");
        }
    }

    @Test
    void aSourceCitedByAnEventCannotBeDeleted() {
        long source = Fixtures.source(api, "Kommersant");
        Fixtures.event(api, "{'kind':'STATEMENT','occurredAt':'2025-03-20T09:00:00Z','timePrecision':'DAY',"
                + "'sourceIds':[" + source + "]}");

        Api.Response refused = api.delete("/api/v1/sources/" + source);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void deletingTheRelatedCeasefireUnlinksTheEvent() {
        long ceasefire = ceasefire("Black Sea arrangement");
        long id = Fixtures.event(api, "{'kind':'TALKS_ROUND','occurredAt':'2025-03-24T09:00:00Z','timePrecision':'DAY',"
                + "'place':'Riyadh','ceasefireId':" + ceasefire + "}");

        jdbc.sql("delete from ceasefire where id = :id").param("id", ceasefire).update();

        JsonNode event = api.get("/api/v1/negotiations/" + id).json();
        assertThat(event.get("ceasefireId").isNull()).isTrue();
        assertThat(event.get("place").asString()).isEqualTo("Riyadh");
    }

    private long ceasefire(String name) {
        // the cease-fire feature is built elsewhere; its table (V3) is all this feature relies on
        return jdbc.sql("insert into ceasefire (name, scope, status, proposed_at)"
                        + " values (:name, 'ENERGY_INFRASTRUCTURE', 'PROPOSED', timestamptz '2025-03-18 00:00:00Z')"
                        + " returning id")
                .param("name", name).query(Long.class).single();
    }
}
