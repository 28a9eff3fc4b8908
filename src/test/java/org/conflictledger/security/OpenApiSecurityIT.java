package org.conflictledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.conflictledger.support.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** Walks the OpenAPI document: every write needs a key and the right role; reads stay open. */
@ExtendWith(OutputCaptureExtension.class)
class OpenApiSecurityIT extends IntegrationTest {

    @Test
    void everyWriteIs401WithoutAKeyAnd403ForTooWeakARole() {
        JsonNode paths = api.anonymous().get("/v3/api-docs").json().get("paths");
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            String url = path.getKey().replaceAll("\\{party}|\\{code}", "UA").replaceAll("\\{[^}]+}", "1");
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                if (!List.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                String body = method.equals("DELETE") ? null : "{}";
                String type = body == null ? null : "application/json";
                String what = method + " " + path.getKey();
                Api.Response anonymous = api.anonymous().send(method, url, body, type);
                assertThat(anonymous.status()).as(what + " without a key").isEqualTo(401);
                assertThat(anonymous.isProblem()).as(what).isTrue();
                Api.Response reader = api.as(Api.READER).send(method, url, body, type);
                assertThat(reader.status()).as(what + " with a READER key").isEqualTo(403);
                assertThat(reader.isProblem()).as(what).isTrue();
                if (method.equals("DELETE") || path.getKey().startsWith("/api/v1/parties")
                        || path.getKey().startsWith("/api/v1/feeds")) {
                    assertThat(api.as(Api.ANALYST).send(method, url, body, type).status())
                            .as(what + " with an ANALYST key").isEqualTo(403);
                }
                checked.add(what);
            }
        }
        assertThat(checked).hasSizeGreaterThan(25).contains("PATCH /api/v1/strikes/{id}", "DELETE /api/v1/strikes/{id}",
                "POST /api/v1/ceasefires/{id}/transitions");
    }

    @Test
    void everyReadIsOpenToAnonymousClients() {
        JsonNode paths = api.anonymous().get("/v3/api-docs").json().get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (path.getValue().has("get")) {
                String url = path.getKey().replaceAll("\\{party}|\\{code}", "UA").replaceAll("\\{[^}]+}", "1");
                if (path.getKey().startsWith("/api/v1/feeds")) {
                    // feeds are managed by ADMIN only, reads included (their URLs and errors are operational)
                    assertThat(api.anonymous().get(url).status()).as("GET " + path.getKey()).isEqualTo(401);
                    assertThat(api.as(Api.ANALYST).get(url).status()).as("GET " + path.getKey()).isEqualTo(403);
                    continue;
                }
                assertThat(api.anonymous().get(url).status()).as("GET " + path.getKey()).isNotIn(401, 403);
            }
        }
    }

    @Test
    void neverLogsOrEchoesAnApiKey(CapturedOutput output) {
        String unknown = "leaked-key-" + System.nanoTime();
        Api.Response refused = api.as(unknown).get("/api/v1/strikes");
        api.as(Api.ADMIN).post("/api/v1/tracks", "{not json");
        api.as(Api.ANALYST).header("Idempotency-Key", "k-" + unknown).post("/api/v1/tracks", json("{'name':''}"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain(unknown);
        assertThat(output.getAll()).doesNotContain(unknown).doesNotContain(Api.ADMIN).doesNotContain(Api.ANALYST);
    }

    @Test
    void actuatorShowsHealthAndInfoToAllAndMetricsToAdminsOnly() {
        assertThat(api.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/actuator/info").status()).isEqualTo(200);
        for (String admin : List.of("/actuator/metrics", "/actuator/prometheus")) {
            assertThat(api.anonymous().get(admin).status()).as(admin).isEqualTo(401);
            assertThat(api.as(Api.READER).get(admin).status()).as(admin).isEqualTo(403);
            assertThat(api.as(Api.ANALYST).get(admin).status()).as(admin).isEqualTo(403);
        }
        assertThat(api.as(Api.ADMIN).get("/actuator/metrics").status()).isEqualTo(200);
        Api.Response prometheus = api.as(Api.ADMIN).header("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("http_server_requests");
    }

    @Test
    void sendsSecurityHeaders() {
        Api.Response response = api.anonymous().get("/api/v1/strikes?size=1");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("RateLimit-Limit")).isNotBlank();
    }

    @Test
    void ignoresServerOwnedFieldsSentByAClient() {
        long source = new Records(api).source();
        String strike = Records.strikeBody(source, "Server owned", 10).replaceFirst("\\{",
                json("{'id':999999,'version':42,'createdAt':'1999-01-01T00:00:00Z','updatedAt':'1999-01-01T00:00:00Z',"
                        + "'launched':{'low':1,'best':1,'high':1,'claims':9},'inconsistent':true,'ceasefires':[],"));
        JsonNode created = api.post("/api/v1/strikes", strike).json();
        assertThat(created.get("id").asLong()).isNotEqualTo(999999);
        assertThat(created.get("version").asLong()).isZero();
        assertThat(created.get("createdAt").asString()).doesNotStartWith("1999");
        assertThat(created.get("launched").get("best").asLong()).isEqualTo(10);
        assertThat(created.get("launched").get("claims").asInt()).isEqualTo(1);
        String ceasefire = Records.ceasefireBody("Server owned").replaceFirst("\\{",
                json("{'status':'IN_FORCE','history':[],'allegations':5,'version':3,"));
        JsonNode cf = api.post("/api/v1/ceasefires", ceasefire).json();
        assertThat(cf.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(cf.get("history")).hasSize(1);
        assertThat(cf.get("allegations").asLong()).isZero();
        assertThat(api.post("/api/v1/tracks", json("{'name':'x','secret':'field'}")).status()).isEqualTo(400);
    }
}
