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
import tools.jackson.databind.JsonNode;

class ConditionalRequestIT extends IntegrationTest {

    private static final String MERGE = "application/merge-patch+json";

    @Test
    void everySingleResourceHasAnETagAndAnswers304() {
        Records records = new Records(api);
        long source = records.source();
        long track = api.post("/api/v1/tracks", json("{'name':'ETag " + UUID.randomUUID() + "'}")).id();
        List<String> paths = List.of("/api/v1/strikes/" + records.strike(source, "ETag"),
                "/api/v1/ceasefires/" + records.ceasefire("ETag"), "/api/v1/negotiations/" + records.negotiation("ETag"),
                "/api/v1/tracks/" + track, "/api/v1/sources/" + source, "/api/v1/parties/UA");
        for (String path : paths) {
            Api.Response read = api.anonymous().get(path);
            assertThat(read.header("ETag")).as(path).matches("\"[A-Za-z0-9_-]{22}\"");
            Api.Response again = api.anonymous().header("If-None-Match", read.header("ETag")).get(path);
            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(api.anonymous().header("If-None-Match", "\"999\"").get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void refusesAStaleIfMatchWith412AndChangesNothing() {
        Records records = new Records(api);
        long source = records.source();
        long id = records.strike(source, "Stale");
        String etag = api.get("/api/v1/strikes/" + id).header("ETag");
        Api.Response patched = api.header("If-Match", etag).patch("/api/v1/strikes/" + id,
                json("{'place':'Fresh'}"), MERGE);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).isNotEqualTo(etag);

        Api stale = api.header("If-Match", etag);
        for (Api.Response refused : List.of(
                stale.patch("/api/v1/strikes/" + id, json("{'place':'Lost update'}"), MERGE),
                stale.put("/api/v1/strikes/" + id, Records.strikeBody(source, "Lost update", 10)),
                stale.post("/api/v1/strikes/" + id + "/claims", Records.claimBody(source, 3)),
                stale.delete("/api/v1/strikes/" + id + "/claims/1"),
                stale.delete("/api/v1/strikes/" + id))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(412);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(api.get("/api/v1/strikes/" + id).json().get("place").asString()).isEqualTo("Fresh");
        String current = api.get("/api/v1/strikes/" + id).header("ETag");
        assertThat(api.header("If-Match", current).delete("/api/v1/strikes/" + id).status()).isEqualTo(204);
    }

    @Test
    void patchesWithJsonMergePatch() {
        Records records = new Records(api);
        long source = records.source();
        long strike = records.strike(source, "Merge");
        JsonNode patched = api.patch("/api/v1/strikes/" + strike, json("{'place':'Merged','region':null}"), MERGE).json();
        assertThat(patched.get("place").asString()).isEqualTo("Merged");
        assertThat(patched.get("region").isNull()).isTrue();
        assertThat(patched.get("country").asString()).isEqualTo("UA");
        assertThat(patched.get("claims")).hasSize(1);
        assertThat(api.patch("/api/v1/strikes/" + strike, json("{'nonsense':1}"), MERGE).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/strikes/" + strike, json("{'attacker':null}"), MERGE).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/strikes/" + strike, "[1]", MERGE).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/strikes/" + strike, json("{'id':1,'version':99,'place':'Ids ignored'}"), MERGE)
                .json().get("id").asLong()).isEqualTo(strike);

        long ceasefire = records.ceasefire("Merge");
        JsonNode terms = api.patch("/api/v1/ceasefires/" + ceasefire, json("{'description':'patched','status':'IN_FORCE'}"),
                MERGE).json();
        assertThat(terms.get("description").asString()).isEqualTo("patched");
        assertThat(terms.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(terms.get("parties")).hasSize(2);

        long negotiation = records.negotiation("Merge");
        JsonNode event = api.patch("/api/v1/negotiations/" + negotiation, json("{'tone':'CONSTRUCTIVE'}"), MERGE).json();
        assertThat(event.get("tone").asString()).isEqualTo("CONSTRUCTIVE");
        assertThat(event.get("participants")).hasSize(1);
        assertThat(api.anonymous().patch("/api/v1/negotiations/" + negotiation, json("{'tone':'NEUTRAL'}"), MERGE)
                .status()).isEqualTo(401);
    }

    /** Fifty clients read the same version and patch at once: exactly one wins, the others get 412. */
    @Test
    void fiftyRacingConditionalPatchesLetExactlyOneWin() throws Exception {
        Records records = new Records(api);
        long id = records.strike(records.source(), "Race");
        String etag = api.get("/api/v1/strikes/" + id).header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            statuses.add(pool.submit(() -> api.header("If-Match", etag)
                    .patch("/api/v1/strikes/" + id, json("{'place':'Winner " + n + "'}"), MERGE).status()));
        }
        int won = 0;
        int refused = 0;
        for (Future<Integer> status : statuses) {
            int code = status.get();
            won += code == 200 ? 1 : 0;
            refused += code == 412 ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(refused).isEqualTo(49);
        assertThat(api.get("/api/v1/strikes/" + id + "/revisions").json().get("total").asLong()).isEqualTo(2);
    }

    /** Fifty claims added at once: none is lost, each is one revision. */
    @Test
    void fiftyConcurrentClaimAdditionsAreAllKept() throws Exception {
        Records records = new Records(api);
        long source = records.source();
        long id = records.strike(source, "Claim race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            statuses.add(pool.submit(() -> api.post("/api/v1/strikes/" + id + "/claims",
                    Records.claimBody(source, 100 + n)).status()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(201);
        }
        pool.shutdown();
        JsonNode strike = api.get("/api/v1/strikes/" + id).json();
        assertThat(strike.get("claims")).hasSize(51);
        assertThat(strike.get("launched").get("claims").asInt()).isEqualTo(51);
        assertThat(api.get("/api/v1/strikes/" + id + "/revisions").json().get("total").asLong()).isEqualTo(51);
    }
}
