package org.conflictledger.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Reads are open; ANALYST creates and changes events and tracks; only ADMIN deletes. */
class NegotiationSecurityIT extends IntegrationTest {

    private static final String EVENT = "{'kind':'STATEMENT','occurredAt':'2025-03-12T10:00:00Z','timePrecision':'DAY'}";

    @Test
    void writesWithoutAKeyAreUnauthorized() {
        long track = Fixtures.track(api, Fixtures.unique("Secured"));
        long event = Fixtures.event(api, EVENT);
        Api anonymous = api.anonymous();

        assertStatus(anonymous.post("/api/v1/negotiations", Api.json(EVENT)), 401);
        assertStatus(anonymous.put("/api/v1/negotiations/" + event, Api.json(EVENT)), 401);
        assertStatus(anonymous.delete("/api/v1/negotiations/" + event), 401);
        assertStatus(anonymous.post("/api/v1/tracks", Api.json("{'name':'" + Fixtures.unique("Anon") + "'}")), 401);
        assertStatus(anonymous.put("/api/v1/tracks/" + track, Api.json("{'name':'Anon'}")), 401);
        assertStatus(anonymous.delete("/api/v1/tracks/" + track), 401);
        assertStatus(api.as("not-a-known-key").post("/api/v1/negotiations", Api.json(EVENT)), 401);
        // nothing changed
        assertThat(api.get("/api/v1/negotiations/" + event).json().get("version").asLong()).isZero();
        assertThat(api.get("/api/v1/tracks/" + track).status()).isEqualTo(200);
    }

    @Test
    void aReaderKeyMayNotWrite() {
        long track = Fixtures.track(api, Fixtures.unique("Reader"));
        long event = Fixtures.event(api, EVENT);
        Api reader = api.as(Api.READER);

        assertStatus(reader.post("/api/v1/negotiations", Api.json(EVENT)), 403);
        assertStatus(reader.put("/api/v1/negotiations/" + event, Api.json(EVENT)), 403);
        assertStatus(reader.post("/api/v1/tracks", Api.json("{'name':'" + Fixtures.unique("Reader") + "'}")), 403);
        assertStatus(reader.put("/api/v1/tracks/" + track, Api.json("{'name':'Reader'}")), 403);
        assertStatus(reader.delete("/api/v1/tracks/" + track), 403);
    }

    @Test
    void anAnalystCreatesAndChangesButMayNotDelete() {
        Api analyst = api.as(Api.ANALYST);
        Api.Response track = analyst.post("/api/v1/tracks", Api.json("{'name':'" + Fixtures.unique("Analyst") + "'}"));
        assertStatus(track, 201);
        Api.Response event = analyst.post("/api/v1/negotiations",
                Api.json("{'kind':'MEETING','trackId':" + track.id() + ",'occurredAt':'2025-03-12T10:00:00Z',"
                        + "'timePrecision':'DAY'}"));
        assertStatus(event, 201);
        assertStatus(analyst.put("/api/v1/negotiations/" + event.id(), Api.json(EVENT)), 200);
        assertStatus(analyst.put("/api/v1/tracks/" + track.id(), Api.json("{'name':'" + Fixtures.unique("Renamed") + "'}")),
                200);

        assertStatus(analyst.delete("/api/v1/negotiations/" + event.id()), 403);
        assertStatus(analyst.delete("/api/v1/tracks/" + track.id()), 403);
        assertThat(api.get("/api/v1/negotiations/" + event.id()).status()).isEqualTo(200);

        assertStatus(api.as(Api.ADMIN).delete("/api/v1/negotiations/" + event.id()), 204);
        assertStatus(api.as(Api.ADMIN).delete("/api/v1/tracks/" + track.id()), 204);
    }

    @Test
    void readsNeedNoKey() {
        long track = Fixtures.track(api, Fixtures.unique("Open reads"));
        long event = Fixtures.event(api, track, "MEETING", "2025-03-12T10:00:00Z", "");
        Api anonymous = api.anonymous();

        assertStatus(anonymous.get("/api/v1/negotiations/" + event), 200);
        assertStatus(anonymous.get("/api/v1/negotiations?track=" + track), 200);
        assertStatus(anonymous.get("/api/v1/tracks/" + track), 200);
        assertStatus(anonymous.get("/api/v1/tracks"), 200);
    }

    private static void assertStatus(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.isProblem()).as(response.toString()).isTrue();
        }
    }
}
