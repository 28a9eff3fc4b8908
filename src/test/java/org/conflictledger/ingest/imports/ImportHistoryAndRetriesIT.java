package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Imports record their changes in the history, and a retried upload with an Idempotency-Key runs once. */
class ImportHistoryAndRetriesIT extends IntegrationTest {

    private static String ledgerCsv(String tag, int launched) {
        return "id,attacker,target,startedAt,endedAt,timePrecision,region,country,weaponCategory,"
                + "launchedLow,launchedBest,launchedHigh,launchedClaims\n"
                + tag + "-1,RU,UA,2024-07-01T01:00:00Z,2024-07-01T03:00:00Z,HOUR,History oblast,UA,DRONE,"
                + launched + "," + launched + "," + launched + ",1\n"
                + tag + "-2,RU,UA,2024-07-02T01:00:00Z,2024-07-02T03:00:00Z,HOUR,History oblast,UA,DRONE,5,5,5,1\n";
    }

    private List<JsonNode> changesAfter(long cursor) {
        List<JsonNode> out = new ArrayList<>();
        String url = "/api/v1/changes?size=500&since=" + cursor;
        while (true) {
            JsonNode page = api.get(url).json();
            page.get("items").forEach(out::add);
            if (!page.has("nextCursor") || page.get("nextCursor").isNull()) {
                return out;
            }
            url = "/api/v1/changes?size=500&since=" + page.get("nextCursor").asString();
        }
    }

    private long lastCursor() {
        List<JsonNode> all = changesAfter(0);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).get("cursor").asLong();
    }

    @Test
    void recordsOneChangePerImportedStrikeWithItsAuthorAndState() {
        String tag = "hist-" + UUID.randomUUID();
        long before = lastCursor();
        JsonNode job = Imports.run(api, "ledger", ledgerCsv(tag, 40));
        assertThat(job.get("created").asLong()).isEqualTo(2);

        List<JsonNode> created = changesAfter(before).stream()
                .filter(c -> c.get("resource").asString().equals("strike")).toList();
        assertThat(created).hasSize(2).allSatisfy(c -> {
            assertThat(c.get("op").asString()).isEqualTo("CREATE");
            assertThat(c.get("author").asString()).isEqualTo("admin");
        });
        long strikeId = created.get(0).get("id").asLong();
        JsonNode revisions = api.get("/api/v1/strikes/" + strikeId + "/revisions").json().get("items");
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).get("state").toString()).contains("History oblast");

        // the same file again changes nothing and records nothing; changed figures record one UPDATE
        long middle = lastCursor();
        assertThat(Imports.run(api, "ledger", ledgerCsv(tag, 40)).get("updated").asLong()).isZero();
        assertThat(changesAfter(middle)).isEmpty();
        assertThat(Imports.run(api, "ledger", ledgerCsv(tag, 41)).get("updated").asLong()).isEqualTo(1);
        List<JsonNode> updates = changesAfter(middle);
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).get("op").asString()).isEqualTo("UPDATE");
    }

    @Test
    void replaysARetriedUploadWithTheSameIdempotencyKeyAndRunsItOnce() {
        String tag = "retry-" + UUID.randomUUID();
        byte[] body = ledgerCsv(tag, 12).getBytes(StandardCharsets.UTF_8);
        Api keyed = api.header("Idempotency-Key", "import-" + tag);
        Api.Response first = keyed.sendBytes("POST", "/api/v1/imports?format=ledger", body, "text/csv");
        assertThat(first.status()).isEqualTo(202);
        Imports.await(api, first.id());

        Api.Response retry = keyed.sendBytes("POST", "/api/v1/imports?format=ledger", body, "text/csv");
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.json().get("created").asLong()).isEqualTo(2);

        Api.Response other = keyed.sendBytes("POST", "/api/v1/imports?format=ledger",
                ledgerCsv(tag, 13).getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.isProblem()).isTrue();

        // another client's key of the same name is its own
        Api.Response analyst = api.as(Api.ANALYST).header("Idempotency-Key", "import-" + tag)
                .sendBytes("POST", "/api/v1/imports?format=ledger", body, "text/csv");
        assertThat(analyst.status()).isEqualTo(202);
        assertThat(analyst.header("Idempotent-Replayed")).isNull();
        assertThat(Imports.await(api, analyst.id()).get("unchanged").asLong()).isEqualTo(2);
    }
}
