package org.conflictledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.conflictledger.support.Records;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IdempotencyIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void replaysTheStoredOutcomeOfTheSameKeyAndBody() {
        long source = new Records(api).source();
        Api keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
        String body = Records.strikeBody(source, "Replay", 10);
        Api.Response first = keyed.post("/api/v1/strikes", body);
        Api.Response again = keyed.post("/api/v1/strikes", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(api.get("/api/v1/strikes/" + first.id() + "/revisions").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void refusesTheSameKeyWithAnotherBodyWith422() {
        long source = new Records(api).source();
        Api keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(keyed.post("/api/v1/strikes", Records.strikeBody(source, "Reuse", 10)).status()).isEqualTo(201);
        Api.Response other = keyed.post("/api/v1/strikes", Records.strikeBody(source, "Reuse", 11));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.isProblem()).isTrue();
        assertThat(other.json().get("type").asString()).endsWith("/idempotency-key-reused");
        Api.Response elsewhere = keyed.post("/api/v1/tracks", json("{'name':'Reuse elsewhere'}"));
        assertThat(elsewhere.status()).isEqualTo(422);
    }

    @Test
    void refusesAMalformedKey() {
        Api.Response response = api.header("Idempotency-Key", "x".repeat(300)).post("/api/v1/tracks",
                json("{'name':'Key too long'}"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void doesNotStoreARefusedRequestSoTheRetryRunsAgain() {
        // refused because the attacker does not exist yet; once it does, the same request with the same
        // key must run (a stored refusal would be replayed as 400 instead)
        long source = new Records(api).source();
        String code = ("I" + UUID.randomUUID().toString().replace("-", "")).substring(0, 6).toUpperCase();
        String body = Records.strikeBody(source, "Refused first", 10).replace("\"attacker\":\"RU\"",
                "\"attacker\":\"" + code + "\"");
        Api keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
        Api.Response refused = keyed.post("/api/v1/strikes", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("attacker");

        assertThat(api.post("/api/v1/parties", json("{'code':'" + code + "','name':'Late party','kind':'STATE'}"))
                .status()).isEqualTo(201);
        Api.Response retried = keyed.post("/api/v1/strikes", body);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(api.get(retried.header("Location").replaceFirst("^https?://[^/]+", "")).json().get("attacker")
                .asString()).isEqualTo(code);
    }

    @Test
    void runsConcurrentRequestsWithOneKeyOnce() throws Exception {
        long source = new Records(api).source();
        String place = "Concurrent key " + UUID.randomUUID();
        Api keyed = api.header("Idempotency-Key", UUID.randomUUID().toString());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(pool.submit(() -> keyed.post("/api/v1/strikes", Records.strikeBody(source, place, 10))));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            assertThat(response.status()).as(response.toString()).isIn(201, 409);
            if (response.status() == 201) {
                ids.add(response.id());
            }
        }
        pool.shutdown();
        assertThat(ids).isNotEmpty().allMatch(id -> id.equals(ids.get(0)));
        assertThat(jdbc.sql("select count(*) from strike where place = ?").param(place).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void scopesKeysToTheApiKeySoTwoClientsCannotCollide() {
        String key = UUID.randomUUID().toString();
        String body = json("{'name':'Scoped " + key + "'}");
        Api.Response admin = api.as(Api.ADMIN).header("Idempotency-Key", key).post("/api/v1/tracks", body);
        Api.Response analyst = api.as(Api.ANALYST).header("Idempotency-Key", key)
                .post("/api/v1/tracks", json("{'name':'Scoped other " + key + "'}"));
        assertThat(admin.status()).isEqualTo(201);
        assertThat(analyst.status()).isEqualTo(201);
        assertThat(analyst.id()).isNotEqualTo(admin.id());
    }

    /**
     * A client that replays every request of a session with the same keys ends with exactly the records
     * and revisions of one that sent each once.
     */
    @Test
    void replayingAScriptedSessionChangesNothing() {
        String run = UUID.randomUUID().toString();
        Api analyst = api.as(Api.ANALYST);
        List<String[]> session = new ArrayList<>();   // key, path, body: built as the first run answers
        List<Api.Response> once = new ArrayList<>();
        once.add(send(analyst, session, run + "-1", "/api/v1/sources",
                json("{'publisher':'Session wire','kind':'MEDIA','url':'https://example.org/session/" + run + "'}")));
        long source = once.get(0).id();
        once.add(send(analyst, session, run + "-2", "/api/v1/strikes", Records.strikeBody(source, "Session " + run, 30)));
        long strike = once.get(1).id();
        once.add(send(analyst, session, run + "-3", "/api/v1/strikes/" + strike + "/claims", Records.claimBody(source, 35)));
        once.add(send(analyst, session, run + "-4", "/api/v1/ceasefires", Records.ceasefireBody("Session " + run)));
        long ceasefire = once.get(3).id();
        once.add(send(analyst, session, run + "-5", "/api/v1/ceasefires/" + ceasefire + "/transitions",
                json("{'to':'AGREED','at':'2025-03-18T18:00:00Z'}")));
        once.add(send(analyst, session, run + "-6", "/api/v1/negotiations", Records.negotiationBody("Session " + run)));
        once.forEach(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        String before = snapshot();
        String revisions = api.get("/api/v1/strikes/" + strike + "/revisions").body();

        for (int i = 0; i < session.size(); i++) {
            String[] step = session.get(i);
            Api.Response replayed = analyst.header("Idempotency-Key", step[0]).post(step[1], step[2]);
            assertThat(replayed.status()).isEqualTo(once.get(i).status());
            assertThat(replayed.body()).isEqualTo(once.get(i).body());
            assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(api.get("/api/v1/strikes/" + strike + "/revisions").body()).isEqualTo(revisions);
    }

    private static Api.Response send(Api client, List<String[]> session, String key, String path, String body) {
        session.add(new String[] {key, path, body});
        return client.header("Idempotency-Key", key).post(path, body);
    }

    private String snapshot() {
        return jdbc.sql("select (select count(*) from source) || '/' || (select count(*) from strike) || '/'"
                        + " || (select count(*) from claim) || '/' || (select count(*) from ceasefire) || '/'"
                        + " || (select count(*) from ceasefire_transition) || '/' || (select count(*) from negotiation_event)"
                        + " || '/' || (select max(seq) from change_log)")
                .query(String.class).single();
    }
}
