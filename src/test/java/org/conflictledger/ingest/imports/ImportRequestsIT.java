package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ingest.imports.Imports.assertCounts;

import java.nio.charset.StandardCharsets;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * What every format does with requests that carry no rows or no text: a wrong format name, a 0-byte
 * body and a binary body are 400 problem+json and create no job; an empty file (only line breaks) and
 * a header-only file finish DONE with zeros; a header of another format fails the job with a reason.
 */
class ImportRequestsIT extends IntegrationTest {

    private long jobCount() {
        return api.get("/api/v1/imports?size=1").json().get("total").asLong();
    }

    @Test
    void refusesAWrongOrMissingFormatNameNamingTheAllowedOnes() {
        long before = jobCount();
        Api.Response wrong = Imports.post(api, "missile-attacks", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.isProblem()).isTrue();
        JsonNode error = wrong.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("format");
        assertThat(error.get("allowed").toString())
                .isEqualTo("[\"missile-attacks-ua\",\"ucdp-ged\",\"acled\",\"ledger\"]");
        Api.Response missing = api.sendBytes("POST", "/api/v1/imports", "a\n".getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        assertThat(jobCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"missile-attacks-ua", "ucdp-ged", "acled", "ledger"})
    void refusesAZeroByteBody(String format) {
        long before = jobCount();
        Api.Response response = Imports.post(api, format, new byte[0]);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/empty-body");
        assertThat(jobCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"missile-attacks-ua", "ucdp-ged", "acled", "ledger"})
    void refusesABinaryBody(String format) {
        byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3};
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        byte[] utf16 = "time_start,time_end\n".getBytes(StandardCharsets.UTF_16LE);
        for (byte[] body : new byte[][] {gzip, binary, utf16}) {
            Api.Response response = Imports.post(api, format, body);
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().get("type").asString()).isEqualTo("/problems/binary-body");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"missile-attacks-ua", "ucdp-ged", "acled", "ledger"})
    void finishesAnEmptyFileAndAHeaderOnlyFileWithZeros(String format) {
        assertCounts(Imports.run(api, format, "\n\r\n\n"), 0, 0, 0, 0, 0, 0);
        String fixture = switch (format) {
            case "missile-attacks-ua" -> "missile-attacks.csv";
            case "ucdp-ged" -> "ucdp-ged.csv";
            case "acled" -> "acled.csv";
            default -> "ledger.csv";
        };
        String header = Imports.text(fixture).lines().findFirst().orElseThrow();
        JsonNode job = Imports.run(api, format, header + "\r\n");
        assertCounts(job, 0, 0, 0, 0, 0, 0);
        assertThat(job.get("errors")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"missile-attacks-ua", "ucdp-ged", "acled", "ledger"})
    void failsAJobWhoseHeaderIsNotTheFormatsNamingTheMissingColumns(String format) {
        JsonNode job = Imports.run(api, format, "colour,size\nred,3\n");
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failure").asString()).startsWith("the header lacks the column").contains(format);
        assertThat(job.get("created").asLong()).isZero();
    }

    @Test
    void failsAJobAtAnUnclosedQuoteKeepingTheRowsBefore() {
        String header = Imports.text("ledger.csv").lines().findFirst().orElseThrow();
        String good = "9001,RU,UA,2025-05-01T00:00:00Z,,DAY,,,,,,,,,,,1,1,1,1,,,,0,,,,0,,,,0,,,,0,,,,0,false,";
        String open = "9002,RU,UA,2025-05-01T00:00:00Z,,DAY,\"never closed" + "x".repeat(1_100_000);
        JsonNode job = Imports.run(api, "ledger", header + "\n" + good + "\n" + open + "\n");
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failure").asString()).startsWith("line 3: a record longer than");
        assertThat(job.get("created").asLong()).isEqualTo(1);
    }

    @Test
    void refusesOtherContentTypesAndNeedsAnAnalystKey() {
        Api.Response form = api.sendBytes("POST", "/api/v1/imports?format=ledger",
                "a=1".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.isProblem()).isTrue();
        byte[] body = "x\n".getBytes(StandardCharsets.UTF_8);
        assertThat(api.anonymous().sendBytes("POST", "/api/v1/imports?format=ledger", body, "text/csv").status())
                .isEqualTo(401);
        assertThat(api.as(Api.READER).sendBytes("POST", "/api/v1/imports?format=ledger", body, "text/csv").status())
                .isEqualTo(403);
        assertThat(api.as(Api.ANALYST).sendBytes("POST", "/api/v1/imports?format=ledger", body,
                "application/octet-stream").status()).isEqualTo(202);
        assertThat(api.get("/api/v1/imports/987654321").status()).isEqualTo(404);
    }
}
