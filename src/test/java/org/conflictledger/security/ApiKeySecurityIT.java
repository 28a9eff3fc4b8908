package org.conflictledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApiKeySecurityIT extends IntegrationTest {

    private static final String PARTY = json("{'code':'SECX','name':'Security test party','kind':'OTHER'}");

    @Test
    void readsAreOpenToAnonymousClients() {
        assertThat(api.anonymous().get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/api/v1/strikes").status()).isEqualTo(200);
    }

    @Test
    void refusesAWriteWithoutAKeyWith401Problem() {
        Api.Response response = api.anonymous().post("/api/v1/sources",
                json("{'publisher':'x','kind':'MEDIA'}"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.header("WWW-Authenticate")).contains("X-API-Key");
    }

    @Test
    void refusesAnUnknownKeyEvenOnReads() {
        Api.Response response = api.as("not-a-key").get("/api/v1/parties");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body()).doesNotContain("not-a-key");
    }

    @Test
    void refusesAWriteWithAReaderKeyWith403Problem() {
        Api.Response response = api.as(Api.READER).post("/api/v1/sources", json("{'publisher':'x','kind':'MEDIA'}"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void letsAnAnalystCreateRecordsButNotManagePartiesOrDelete() {
        Api.Response source = api.as(Api.ANALYST).post("/api/v1/sources", json("{'publisher':'Analyst','kind':'NGO'}"));
        assertThat(source.status()).isEqualTo(201);
        assertThat(api.as(Api.ANALYST).post("/api/v1/parties", PARTY).status()).isEqualTo(403);
        assertThat(api.as(Api.ANALYST).delete("/api/v1/sources/" + source.id()).status()).isEqualTo(403);
        assertThat(api.as(Api.ADMIN).delete("/api/v1/sources/" + source.id()).status()).isEqualTo(204);
    }

    @Test
    void letsAnAdminManageParties() {
        assertThat(api.as(Api.ADMIN).post("/api/v1/parties", PARTY).status()).isEqualTo(201);
        assertThat(api.as(Api.ADMIN).delete("/api/v1/parties/SECX").status()).isEqualTo(204);
    }

    @Test
    void keepsActuatorHealthPublicAndMetricsForAdmins() {
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
        assertThat(api.anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(api.as(Api.READER).get("/actuator/metrics").status()).isEqualTo(403);
    }
}
