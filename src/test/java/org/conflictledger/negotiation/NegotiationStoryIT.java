package org.conflictledger.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * An analyst records the spring-2025 US–Russia contacts through HTTP, as they were reported, then
 * answers "who met whom" from the list and the track.
 */
class NegotiationStoryIT extends IntegrationTest {

    @Test
    void anAnalystFollowsTheUsRussiaTrackThroughSpring2025() {
        Api analyst = api.as(Api.ANALYST);
        String name = Fixtures.unique("US–Russia relations");
        long track = analyst.post("/api/v1/tracks", Api.json("{'name':'" + name + "',"
                + "'description':'Contacts between Washington and Moscow on ending the war'}")).id();
        long kremlin = Fixtures.source(analyst, "Kremlin press service");
        long whiteHouse = Fixtures.source(analyst, "White House");

        // recorded late: the April meeting first, with what was known that day
        Api.Response meeting = analyst.post("/api/v1/negotiations", """
                {"kind":"MEETING","trackId":"%d","occurredAt":"2025-04-11T12:00:00+03:00","timePrecision":"DAY",
                 "place":"St. Petersburg","country":"RU","duration":{"minutes":240,"qualifier":"MORE_THAN"},
                 "participants":[{"name":"Steve Witkoff","title":"White House envoy","party":"US","capacity":"ENVOY"},
                                 {"name":"Vladimir Putin","title":"President","party":"RU","capacity":"PRINCIPAL"}],
                 "topics":["CEASEFIRE","PEACE_SETTLEMENT"],"tone":"UNKNOWN"}
                """.formatted(track));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);

        // then the March phone call that produced the energy moratorium
        Api.Response call = analyst.post("/api/v1/negotiations", Api.json("{'kind':'PHONE_CALL','trackId':" + track
                + ",'title':'Trump–Putin phone call','occurredAt':'2025-03-18T17:00:00+03:00','timePrecision':'HOUR',"
                + "'duration':{'minutes':90,'qualifier':'MORE_THAN'},"
                + "'participants':[{'name':'Donald Trump','title':'President','party':'US','capacity':'PRINCIPAL'},"
                + "{'name':'Vladimir Putin','title':'President','party':'RU','capacity':'PRINCIPAL'}],"
                + "'topics':['CEASEFIRE','ENERGY','PRISONERS'],'tone':'CONSTRUCTIVE',"
                + "'outcome':'30-day halt on strikes against energy infrastructure; prisoner exchange',"
                + "'quotes':[{'speaker':'Kremlin','text':'Putin responded positively to the proposal'}],"
                + "'sourceIds':[" + kremlin + "," + whiteHouse + "]}"));
        assertThat(call.status()).as(call.toString()).isEqualTo(201);

        // the track tells the story in time order, whatever the order of recording
        JsonNode story = api.anonymous().get("/api/v1/tracks/" + track).json();
        assertThat(story.get("name").asString()).isEqualTo(name);
        assertThat(story.get("events").valueStream().map(e -> e.get("id").asLong()))
                .containsExactly(call.id(), meeting.id());
        assertThat(story.get("events").get(0).get("kind").asString()).isEqualTo("PHONE_CALL");
        assertThat(story.get("events").get(0).get("title").asString()).isEqualTo("Trump–Putin phone call");
        assertThat(story.get("events").get(1).get("place").asString()).isEqualTo("St. Petersburg");

        // "when did Witkoff meet Putin?"
        JsonNode withWitkoff = api.get("/api/v1/negotiations?track=" + track + "&participant=witkoff").json();
        assertThat(withWitkoff.get("total").asLong()).isEqualTo(1);
        assertThat(withWitkoff.get("items").get(0).get("occurredAt").asString()).isEqualTo("2025-04-11T09:00:00Z");

        // "what was said about energy in March?"
        JsonNode energy = api.get("/api/v1/negotiations?track=" + track
                + "&topic=ENERGY&from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z").json();
        assertThat(energy.get("total").asLong()).isEqualTo(1);
        JsonNode found = energy.get("items").get(0);
        assertThat(found.get("trackName").asString()).isEqualTo(name);
        assertThat(found.get("quotes").get(0).get("text").asString()).contains("responded positively");
        assertThat(found.get("sources").valueStream().map(s -> s.get("publisher").asString()))
                .containsExactlyInAnyOrder("Kremlin press service", "White House");

        // later reporting: the meeting lasted four and a half hours, and was called constructive
        JsonNode recorded = api.get("/api/v1/negotiations/" + meeting.id()).json();
        String corrected = recorded.toString()
                .replace("\"minutes\":240,\"qualifier\":\"MORE_THAN\"", "\"minutes\":270,\"qualifier\":\"ABOUT\"")
                .replace("\"tone\":\"UNKNOWN\"", "\"tone\":\"CONSTRUCTIVE\"");
        Api.Response updated = analyst.put("/api/v1/negotiations/" + meeting.id(), corrected);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("duration").get("minutes").asLong()).isEqualTo(270);
        assertThat(updated.json().get("tone").asString()).isEqualTo("CONSTRUCTIVE");
        assertThat(updated.json().get("version").asLong()).isEqualTo(1);

        // the track cannot be dropped while it holds the story; an admin removes the events first
        Api.Response refused = api.as(Api.ADMIN).delete("/api/v1/tracks/" + track);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("events").asLong()).isEqualTo(2);
        assertThat(api.as(Api.ADMIN).delete("/api/v1/negotiations/" + call.id()).status()).isEqualTo(204);
        assertThat(api.as(Api.ADMIN).delete("/api/v1/negotiations/" + meeting.id()).status()).isEqualTo(204);
        assertThat(api.as(Api.ADMIN).delete("/api/v1/tracks/" + track).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/negotiations?participant=Witkoff&track=" + track).json().get("total").asLong())
                .isZero();
    }
}
