package org.conflictledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.UUID;

import org.conflictledger.support.Api;
import org.conflictledger.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The settings a stricter deployment turns on, in one context of their own: If-Match required, low
 * rate limits, CORS for one dashboard origin, Swagger UI off, idempotency keys that expire at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.security.api-keys=" + Api.KEYS,
        "ledger.concurrency.require-if-match=true",
        "ledger.rate-limit.keyed.capacity=40", "ledger.rate-limit.keyed.period=1h",
        "ledger.rate-limit.anonymous.capacity=5", "ledger.rate-limit.anonymous.period=1h",
        "ledger.cors.allowed-origins=https://dashboard.example.org",
        "springdoc.swagger-ui.enabled=false",
        "ledger.idempotency.ttl=1s"})
@DirtiesContext
class StrictSettingsIT {

    @LocalServerPort
    int port;

    Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void requiresIfMatchOnWritesWith428() {
        long track = api.post("/api/v1/tracks", json("{'name':'Strict " + UUID.randomUUID() + "'}")).id();
        Api.Response refused = api.put("/api/v1/tracks/" + track, json("{'name':'Strict renamed " + track + "'}"));
        assertThat(refused.status()).isEqualTo(428);
        assertThat(refused.isProblem()).isTrue();
        assertThat(api.delete("/api/v1/tracks/" + track).status()).isEqualTo(428);
        String etag = api.get("/api/v1/tracks/" + track).header("ETag");
        assertThat(api.header("If-Match", etag).put("/api/v1/tracks/" + track,
                json("{'name':'Strict renamed " + track + "'}")).status()).isEqualTo(200);
    }

    @Test
    void limitsAnonymousReadsPerAddressWith429AndRateLimitHeaders() {
        Api anonymous = api.anonymous();
        Api.Response first = anonymous.get("/api/v1/parties");
        assertThat(first.header("RateLimit-Limit")).isEqualTo("5");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("4");
        assertThat(first.header("RateLimit-Policy")).isEqualTo("5;w=3600");
        assertThat(Long.parseLong(first.header("RateLimit-Reset"))).isBetween(1L, 3600L);
        Api.Response last = first;
        for (int i = 0; i < 5 && last.status() != 429; i++) {
            last = anonymous.get("/api/v1/parties");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.isProblem()).isTrue();
        assertThat(last.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
        // an unknown key spends the address budget too: guessing keys is rate limited (429 before 401)
        assertThat(api.as("guessed-key").get("/api/v1/parties").status()).isEqualTo(429);
        // health stays outside the budget: probes must never be rate limited
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void limitsEachApiKeyOnItsOwnBudget() {
        Api reader = api.as(Api.READER);
        int status = 200;
        for (int i = 0; i < 41 && status != 429; i++) {
            status = reader.get("/api/v1/strikes?size=1").status();
        }
        assertThat(status).isEqualTo(429);
        assertThat(api.as(Api.ANALYST).get("/api/v1/strikes?size=1").status()).isEqualTo(200);
    }

    @Test
    void answersCorsPreflightsForTheConfiguredOriginOnly() {
        Api.Response allowed = api.anonymous().header("Origin", "https://dashboard.example.org")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "x-api-key,if-match,content-type")
                .send("OPTIONS", "/api/v1/strikes/1", null, null);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://dashboard.example.org");
        assertThat(allowed.header("Access-Control-Allow-Methods")).contains("PATCH");
        Api.Response refused = api.anonymous().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "DELETE").send("OPTIONS", "/api/v1/strikes/1", null, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void switchesSwaggerUiOffButKeepsTheOpenApiDocument() {
        assertThat(api.anonymous().get("/swagger-ui.html").status()).isEqualTo(404);
        assertThat(api.anonymous().get("/swagger-ui/index.html").status()).isEqualTo(404);
        assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void forgetsAnIdempotencyKeyOnceItExpires() throws InterruptedException {
        Api keyed = api.as(Api.ANALYST).header("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(keyed.post("/api/v1/tracks", json("{'name':'Expiring " + UUID.randomUUID() + "'}")).status())
                .isEqualTo(201);
        Thread.sleep(1200);
        Api.Response reused = keyed.post("/api/v1/tracks", json("{'name':'Expired " + UUID.randomUUID() + "'}"));
        assertThat(reused.status()).isEqualTo(201);
        assertThat(reused.header("Idempotent-Replayed")).isNull();
    }
}
