package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.conflictledger.support.Api;
import tools.jackson.databind.JsonNode;

/** Test helpers for imports: post a file, wait for its job, read fixtures and the shared data sets. */
final class Imports {

    private Imports() {
    }

    static Api.Response post(Api api, String format, byte[] body) {
        return api.sendBytes("POST", "/api/v1/imports?format=" + format, body, "text/csv");
    }

    /** Posts the file, expects 202, and waits until the job is DONE or FAILED. */
    static JsonNode run(Api api, String format, byte[] body) {
        Api.Response posted = post(api, format, body);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(202);
        assertThat(posted.header("Location")).isEqualTo("/api/v1/imports/" + posted.id());
        return await(api, posted.id());
    }

    static JsonNode run(Api api, String format, String body) {
        return run(api, format, body.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode await(Api api, long id) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode job = api.get("/api/v1/imports/" + id).json();
            String status = job.get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            assertThat(System.currentTimeMillis()).as("job " + id + " still " + status).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static byte[] fixture(String name) {
        try (InputStream in = Imports.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(fixture(name), StandardCharsets.UTF_8);
    }

    /**
     * The shared data folder ({@code -Dledger.shared.data}, env {@code LEDGER_SHARED_DATA}, else
     * {@code ../shared/data} beside the project), or null when it is absent.
     */
    static Path sharedData() {
        String configured = System.getProperty("ledger.shared.data", System.getenv("LEDGER_SHARED_DATA"));
        Path path = configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
        return Files.isDirectory(path) ? path : null;
    }

    static void assertCounts(JsonNode job, long read, long created, long updated, long unchanged, long skipped,
            long rejected) {
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(new long[] {job.get("read").asLong(), job.get("created").asLong(), job.get("updated").asLong(),
                job.get("unchanged").asLong(), job.get("skipped").asLong(), job.get("rejected").asLong()})
                .as("read, created, updated, unchanged, skipped, rejected of " + job)
                .containsExactly(read, created, updated, unchanged, skipped, rejected);
    }

    /** A reconciled figure as {low, best, high, claims}, without the attribution of its best value. */
    static String figure(JsonNode figure) {
        if (figure == null || figure.isNull()) {
            return "null";
        }
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) figure.deepCopy();
        copy.remove("bestClaimId");
        copy.remove("bestSourceId");
        return copy.toString();
    }

    /** The job's errors as "line: reason" strings. */
    static java.util.List<String> errors(JsonNode job) {
        java.util.List<String> out = new java.util.ArrayList<>();
        job.get("errors").forEach(e -> out.add(e.get("line").asLong() + ": " + e.get("reason").asString()));
        return out;
    }
}
