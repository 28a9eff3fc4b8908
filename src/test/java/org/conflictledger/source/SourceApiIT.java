package org.conflictledger.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.UUID;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class SourceApiIT extends IntegrationTest {

    @Test
    void acceptsTheContractExampleAndKeepsTheTimeAsAnInstant() {
        String url = "https://example.org/af/" + UUID.randomUUID();
        Api.Response created = api.post("/api/v1/sources", json("{'publisher':'Ukrainian Air Force',"
                + "'kind':'OFFICIAL_MILITARY','party':'UA','url':'" + url + "','publishedAt':'2025-04-12T09:00:00+03:00'}"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("publishedAt").asString()).isEqualTo("2025-04-12T06:00:00Z");
        assertThat(api.get("/api/v1/sources/" + created.id()).json().get("url").asString()).isEqualTo(url);
    }

    @Test
    void answersADuplicateUrlWith409NamingTheExistingSource() {
        String body = json("{'publisher':'Wire','kind':'MEDIA','url':'https://example.org/" + UUID.randomUUID() + "'}");
        long first = api.post("/api/v1/sources", body).id();
        Api.Response second = api.post("/api/v1/sources", body);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("existingId").asLong()).isEqualTo(first);
    }

    @Test
    void filtersByPublisherKindAndParty() {
        String publisher = "Filter " + UUID.randomUUID();
        api.post("/api/v1/sources", json("{'publisher':'" + publisher + " A','kind':'GOVERNMENT','party':'RU'}"));
        api.post("/api/v1/sources", json("{'publisher':'" + publisher + " B','kind':'MEDIA'}"));
        String base = "/api/v1/sources?publisher=" + publisher.replace(" ", "%20").toLowerCase();
        assertThat(api.get(base).json().get("total").asLong()).isEqualTo(2);
        assertThat(api.get(base + "&kind=MEDIA").json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(base + "&party=ru").json().get("items").get(0).get("party").asString()).isEqualTo("RU");
        assertThat(api.get(base + "&sort=publisher,desc").json().get("items").get(0).get("publisher").asString())
                .endsWith(" B");
    }

    @Test
    void updatesAndDeletesASourceButNotOneThatClaimsCite() {
        long id = api.post("/api/v1/sources", json("{'publisher':'Temp','kind':'OTHER'}")).id();
        Api.Response updated = api.put("/api/v1/sources/" + id, json("{'publisher':'Temp 2','kind':'NGO','title':'t'}"));
        assertThat(updated.json().get("publisher").asString()).isEqualTo("Temp 2");
        assertThat(api.delete("/api/v1/sources/" + id).status()).isEqualTo(204);

        long cited = api.post("/api/v1/sources", json("{'publisher':'Cited','kind':'MEDIA'}")).id();
        api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'2025-01-01T00:00:00Z',"
                + "'timePrecision':'DAY','claims':[{'sourceId':" + cited + "}]}"));
        assertThat(api.delete("/api/v1/sources/" + cited).status()).isEqualTo(409);
    }

    @Test
    void validatesUrlsPartiesAndKinds() {
        assertThat(api.post("/api/v1/sources", json("{'publisher':'x','kind':'MEDIA','url':'ftp://x.org/a'}")).body())
                .contains("\"field\":\"url\"");
        assertThat(api.post("/api/v1/sources", json("{'publisher':'x','kind':'MEDIA','party':'XX'}")).body())
                .contains("\"field\":\"party\"");
        assertThat(api.post("/api/v1/sources", json("{'publisher':'x','kind':'BLOG'}")).body()).contains("DATASET");
        assertThat(api.post("/api/v1/sources", json("{'publisher':'','kind':'MEDIA'}")).status()).isEqualTo(400);
    }
}
