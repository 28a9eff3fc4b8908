package org.conflictledger.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ProblemDetailsIT extends IntegrationTest {

    @Test
    void answersATenMegabyteBodyWith413BeforeReadingIt() {
        byte[] body = new byte[10 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        Api.Response response = api.sendBytes("POST", "/api/v1/strikes", body, "application/json");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void answersAnOversizeChunkedBodyWith413() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        System.arraycopy("{\"place\":\"".getBytes(), 0, body, 0, 10);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/strikes"))
                .header("Content-Type", "application/json").header("X-API-Key", Api.ADMIN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void answersUnknownPathsAndMethodsWithProblems() {
        Api.Response missing = api.get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.json().get("type").asString()).isEqualTo("/problems/not-found");
        Api.Response method = api.send("PATCH", "/api/v1/parties", "{}", "application/json");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.isProblem()).isTrue();
    }

    @Test
    void servesTheOpenApiDocumentAndSwaggerUi() {
        Api.Response docs = api.anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/strikes")).isTrue();
        assertThat(api.anonymous().send("GET", "/swagger-ui/index.html", (String) null, null).status()).isEqualTo(200);
    }
}
