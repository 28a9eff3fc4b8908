package org.conflictledger.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class TrackIT extends IntegrationTest {

    @Test
    void createsATrackFromTheContractExample() {
        // the contract's exact body; the name is taken once per database, so this test owns it
        Api.Response created = api.post("/api/v1/tracks", "{\"name\":\"Russia–Ukraine settlement\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/tracks/" + created.id());
        JsonNode track = created.json();
        assertThat(track.get("name").asString()).isEqualTo("Russia–Ukraine settlement");
        assertThat(track.get("description").isNull()).isTrue();
        assertThat(track.get("events").size()).isZero();
        assertThat(track.get("eventCount").asLong()).isZero();
        assertThat(track.get("version").asLong()).isZero();
        assertThat(api.get("/api/v1/tracks/" + created.id()).json().get("name").asString())
                .isEqualTo("Russia–Ukraine settlement");
    }

    @Test
    void refusesADuplicateNameIgnoringCaseAndSpaces() {
        String name = Fixtures.unique("US–Ukraine minerals deal");
        long existing = Fixtures.track(api, name);

        Api.Response same = api.post("/api/v1/tracks", Api.json("{'name':'" + name + "'}"));
        Api.Response otherCase = api.post("/api/v1/tracks", Api.json("{'name':'  " + name.toUpperCase() + " '}"));

        for (Api.Response response : List.of(same, otherCase)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().get("type").asString()).isEqualTo("/problems/duplicate");
            assertThat(response.json().get("existingId").asLong()).isEqualTo(existing);
        }
    }

    @Test
    void listsItsEventsInTimeOrderWhateverTheOrderOfRecording() {
        long track = Fixtures.track(api, Fixtures.unique("US–Russia relations"));
        long april = Fixtures.event(api, track, "MEETING", "2025-04-11T12:00:00+03:00",
                ",'title':'Witkoff meets Putin','place':'St. Petersburg','country':'RU'");
        long february = Fixtures.event(api, track, "MEETING", "2025-02-18T10:00:00+03:00",
                ",'title':'Riyadh talks','place':'Riyadh'");
        long march = Fixtures.event(api, track, "PHONE_CALL", "2025-03-18T16:00:00Z", ",'title':'Trump–Putin call'");
        // same instant as the March call: ties go by id
        long marchToo = Fixtures.event(api, track, "STATEMENT", "2025-03-18T19:00:00+03:00", "");

        JsonNode view = api.get("/api/v1/tracks/" + track).json();

        JsonNode events = view.get("events");
        assertThat(events.valueStream().map(e -> e.get("id").asLong())).containsExactly(february, march, marchToo, april);
        JsonNode first = events.get(0);
        assertThat(first.get("kind").asString()).isEqualTo("MEETING");
        assertThat(first.get("occurredAt").asString()).isEqualTo("2025-02-18T07:00:00Z");
        assertThat(first.get("title").asString()).isEqualTo("Riyadh talks");
        assertThat(first.get("place").asString()).isEqualTo("Riyadh");
        assertThat(events.get(3).get("country").asString()).isEqualTo("RU");
        assertThat(events.get(2).get("title").isNull()).isTrue();
        assertThat(view.get("eventCount").asLong()).isEqualTo(4);
        assertThat(view.get("firstEventAt").asString()).isEqualTo("2025-02-18T07:00:00Z");
        assertThat(view.get("lastEventAt").asString()).isEqualTo("2025-04-11T09:00:00Z");
    }

    @Test
    void listsTracksFilteredByNameAndSorted() {
        String tag = Fixtures.unique("zz-list").replace(' ', '-');
        long b = Fixtures.track(api, tag + " Black Sea");
        long a = Fixtures.track(api, tag + " Alpha");
        long c = Fixtures.track(api, tag + " Corridor");
        Fixtures.event(api, c, "STATEMENT", "2025-01-05T00:00:00Z", "");
        Fixtures.event(api, a, "STATEMENT", "2025-02-05T00:00:00Z", "");
        Fixtures.event(api, a, "STATEMENT", "2025-03-05T00:00:00Z", "");

        JsonNode byName = api.get("/api/v1/tracks?q=" + tag.toUpperCase()).json();
        assertThat(ids(byName)).containsExactly(a, b, c);
        assertThat(byName.get("total").asLong()).isEqualTo(3);
        JsonNode alpha = byName.get("items").get(0);
        assertThat(alpha.get("eventCount").asLong()).isEqualTo(2);
        assertThat(alpha.get("firstEventAt").asString()).isEqualTo("2025-02-05T00:00:00Z");
        assertThat(alpha.get("lastEventAt").asString()).isEqualTo("2025-03-05T00:00:00Z");
        assertThat(alpha.has("events")).isFalse();

        assertThat(ids(api.get("/api/v1/tracks?q=" + tag + "&sort=-name").json())).containsExactly(c, b, a);
        assertThat(ids(api.get("/api/v1/tracks?q=" + tag + "&sort=id").json())).containsExactly(b, a, c);
        assertThat(ids(api.get("/api/v1/tracks?q=" + tag + "&sort=lastEventAt").json())).containsExactly(c, a, b);
        assertThat(ids(api.get("/api/v1/tracks?q=" + tag + "%20Corr").json())).containsExactly(c);

        JsonNode paged = api.get("/api/v1/tracks?q=" + tag + "&size=2&page=1").json();
        assertThat(ids(paged)).containsExactly(c);
        assertThat(paged.get("total").asLong()).isEqualTo(3);
        assertThat(api.get("/api/v1/tracks?q=" + tag + "&sort=events").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/tracks?size=501").status()).isEqualTo(400);
    }

    @Test
    void updatesNameAndDescription() {
        long track = Fixtures.track(api, Fixtures.unique("Istanbul talks"));
        String renamed = Fixtures.unique("Istanbul direct talks");

        Api.Response updated = api.put("/api/v1/tracks/" + track,
                Api.json("{'name':'" + renamed + "','description':'Direct Russia–Ukraine talks resumed in May 2025'}"));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        JsonNode view = api.get("/api/v1/tracks/" + track).json();
        assertThat(view.get("name").asString()).isEqualTo(renamed);
        assertThat(view.get("description").asString()).isEqualTo("Direct Russia–Ukraine talks resumed in May 2025");
        assertThat(view.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aTrackCanBeSentBackUnchangedAndKeepsItsOwnName() {
        long track = Fixtures.track(api, Fixtures.unique("Round trip track"));
        Fixtures.event(api, track, "STATEMENT", "2025-01-05T00:00:00Z", "");

        Api.Response updated = api.put("/api/v1/tracks/" + track, api.get("/api/v1/tracks/" + track).body());

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("events").size()).isEqualTo(1);
    }

    @Test
    void refusesRenamingToAnotherTracksName() {
        String taken = Fixtures.unique("Taken");
        long owner = Fixtures.track(api, taken);
        long track = Fixtures.track(api, Fixtures.unique("Free"));

        Api.Response response = api.put("/api/v1/tracks/" + track, Api.json("{'name':'" + taken.toLowerCase() + "'}"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("existingId").asLong()).isEqualTo(owner);
    }

    @Test
    void validatesTrackRequests() {
        assertInvalid(api.post("/api/v1/tracks", Api.json("{'name':'  '}")), "name");
        assertInvalid(api.post("/api/v1/tracks", Api.json("{}")), "name");
        assertInvalid(api.post("/api/v1/tracks", Api.json("{'name':'" + "x".repeat(301) + "'}")), "name");
        assertInvalid(api.post("/api/v1/tracks", Api.json("{'name':'ok','description':'" + "x".repeat(4001) + "'}")),
                "description");
        assertInvalid(api.post("/api/v1/tracks", Api.json("{'name':'ok','owner':'me'}")), "owner");
        // server-owned fields are ignored
        Api.Response created = api.post("/api/v1/tracks",
                Api.json("{'id':424242,'version':7,'eventCount':99,'name':'" + Fixtures.unique("Ignored ids") + "'}"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.id()).isNotEqualTo(424242);
        assertThat(created.json().get("eventCount").asLong()).isZero();
    }

    @Test
    void deletesAnEmptyTrack() {
        long track = Fixtures.track(api, Fixtures.unique("Short-lived"));

        assertThat(api.delete("/api/v1/tracks/" + track).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/tracks/" + track).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/tracks/" + track).status()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteATrackThatStillHasEventsSayingHowMany() {
        long track = Fixtures.track(api, Fixtures.unique("Black Sea talks"));
        long first = Fixtures.event(api, track, "TALKS_ROUND", "2025-03-23T10:00:00Z", "");
        long second = Fixtures.event(api, track, "TALKS_ROUND", "2025-03-24T10:00:00Z", "");

        Api.Response refused = api.delete("/api/v1/tracks/" + track);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("events").asLong()).isEqualTo(2);
        assertThat(refused.json().get("detail").asString()).contains("2 negotiation events");
        assertThat(api.get("/api/v1/tracks/" + track).json().get("eventCount").asLong()).isEqualTo(2);

        // once its events are gone, the track can go
        api.delete("/api/v1/negotiations/" + first);
        api.delete("/api/v1/negotiations/" + second);
        assertThat(api.delete("/api/v1/tracks/" + track).status()).isEqualTo(204);
    }

    @Test
    void answersNotFoundForAnUnknownTrack() {
        Api.Response response = api.get("/api/v1/tracks/987654321");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
        assertThat(api.put("/api/v1/tracks/987654321", Api.json("{'name':'x'}")).status()).isEqualTo(404);
    }

    private static void assertInvalid(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
