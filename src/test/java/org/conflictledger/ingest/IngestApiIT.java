package org.conflictledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Validation and security of the feed, article and candidate endpoints. */
class IngestApiIT extends IntegrationTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String feed(String url) {
        return Api.json("{'name':'Feed " + tag + "','url':'" + url + "','pollInterval':'PT15M'}");
    }

    @Test
    void feedsAreForAdminsOnly() {
        assertThat(api.anonymous().get("/api/v1/feeds").status()).isEqualTo(401);
        assertThat(api.as(Api.READER).get("/api/v1/feeds").status()).isEqualTo(403);
        assertThat(api.as(Api.ANALYST).post("/api/v1/feeds", feed("https://feeds.example.org/" + tag)).status())
                .isEqualTo(403);
        Api.Response analystPolls = api.as(Api.ANALYST).post("/api/v1/feeds/1/poll", null);
        assertThat(analystPolls.status()).isEqualTo(403);
        assertThat(analystPolls.isProblem()).isTrue();
        assertThat(analystPolls.json().get("type").asString()).isEqualTo("/problems/forbidden");
        assertThat(api.get("/api/v1/feeds").status()).isEqualTo(200);
    }

    @Test
    void refusesPrivateAndNonHttpFeedUrlsByDefault() {
        for (String url : new String[] {"http://10.1.2.3/feed.xml", "http://192.168.0.10/rss",
                "http://169.254.169.254/latest/meta-data", "http://[::1]/feed", "http://[fd00::1]/feed",
                "http://0.0.0.0/feed", "http://100.64.0.1/feed", "http://[::ffff:10.0.0.1]/feed",
                "http://127.0.0.2:8080/feed", "http://224.0.0.1/feed", "file:///etc/passwd",
                "ftp://example.org/feed", "http://user:secret@example.org/feed", "not a url"}) {
            Api.Response refused = api.post("/api/v1/feeds", feed(url));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("errors").get(0).get("field").asString()).as(url).isEqualTo("url");
        }
    }

    @Test
    void registersAFeedAndManagesIt() {
        Api.Response created = api.post("/api/v1/feeds", feed("https://feeds.example.org/" + tag + ".xml"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        assertThat(created.header("Location")).isEqualTo("/api/v1/feeds/" + id);
        assertThat(created.json().get("pollInterval").asString()).isEqualTo("PT15M");
        assertThat(created.json().get("publisher").asString()).isEqualTo("Feed " + tag);
        assertThat(created.json().get("status").get("lastPollAt").isNull()).isTrue();

        assertThat(api.post("/api/v1/feeds", feed("https://feeds.example.org/" + tag + ".xml")).status())
                .isEqualTo(409);
        JsonNode disabled = api.post("/api/v1/feeds/" + id + "/disable", null).json();
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThat(disabled.get("status").get("nextPollAt").isNull()).isTrue();
        assertThat(api.get("/api/v1/feeds?enabled=false&size=500").json().get("items").findValues("id"))
                .extracting(JsonNode::asLong).contains(id);
        assertThat(api.post("/api/v1/feeds/" + id + "/enable", null).json().get("enabled").asBoolean()).isTrue();
        Api.Response renamed = api.put("/api/v1/feeds/" + id, Api.json("{'name':'Renamed " + tag + "','url':"
                + "'https://feeds.example.org/" + tag + ".xml','publisher':'Example','pollInterval':'PT1H',"
                + "'status':{'polls':99},'id':12345}"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("status").get("polls").asLong()).isZero();
        assertThat(renamed.json().get("pollInterval").asString()).isEqualTo("PT1H");

        assertThat(api.delete("/api/v1/feeds/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/feeds/" + id).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/feeds/" + id + "/poll", null).status()).isEqualTo(404);
    }

    @Test
    void validatesFeedRequests() {
        assertThat(field(api.post("/api/v1/feeds", Api.json("{'url':'https://feeds.example.org/x'}"))))
                .isEqualTo("name");
        assertThat(field(api.post("/api/v1/feeds", Api.json("{'name':'x','url':'https://feeds.example.org/"
                + tag + "','pollInterval':'PT10S'}")))).isEqualTo("pollInterval");
        assertThat(field(api.post("/api/v1/feeds", Api.json("{'name':'x','url':'https://feeds.example.org/"
                + tag + "','pollInterval':'P30D'}")))).isEqualTo("pollInterval");
        assertThat(field(api.post("/api/v1/feeds", Api.json("{'name':'x','url':'https://feeds.example.org/"
                + tag + "','colour':'red'}")))).isEqualTo("colour");
        assertThat(api.post("/api/v1/feeds", "{").status()).isEqualTo(400);
    }

    @Test
    void validatesArticleAndCandidateQueries() {
        assertThat(api.anonymous().get("/api/v1/articles?q=drones&relevant=true").status()).isEqualTo(200);
        assertThat(field(api.get("/api/v1/articles?from=yesterday"))).isEqualTo("from");
        assertThat(field(api.get("/api/v1/articles?minRelevance=2"))).isEqualTo("minRelevance");
        assertThat(field(api.get("/api/v1/articles?kind=PARADE"))).isEqualTo("kind");
        assertThat(field(api.get("/api/v1/articles?size=501"))).isEqualTo("size");
        assertThat(field(api.get("/api/v1/articles?sort=colour"))).isEqualTo("sort");
        assertThat(api.get("/api/v1/articles/999999999").status()).isEqualTo(404);
        assertThat(field(api.get("/api/v1/candidates?status=MAYBE"))).isEqualTo("status");
        assertThat(field(api.get("/api/v1/candidates?minConfidence=-0.1"))).isEqualTo("minConfidence");
        assertThat(field(api.get("/api/v1/candidates?minConfidence=0.8&maxConfidence=0.2")))
                .isEqualTo("maxConfidence");
        assertThat(api.get("/api/v1/candidates/999999999").status()).isEqualTo(404);
        JsonNode page = api.anonymous().get("/api/v1/candidates?kind=STRIKE&status=PENDING&minConfidence=0.5").json();
        assertThat(page.has("items") && page.has("page") && page.has("size") && page.has("total")).isTrue();
    }

    @Test
    void reviewingNeedsAnAnalystAndDeletingAnAdmin() {
        assertThat(api.anonymous().post("/api/v1/candidates/1/accept", null).status()).isEqualTo(401);
        assertThat(api.as(Api.READER).post("/api/v1/candidates/1/accept", null).status()).isEqualTo(403);
        assertThat(api.as(Api.READER).post("/api/v1/candidates/1/reject", null).status()).isEqualTo(403);
        assertThat(api.as(Api.ANALYST).post("/api/v1/candidates/999999999/accept", null).status()).isEqualTo(404);
        assertThat(api.as(Api.ANALYST).delete("/api/v1/candidates/1").status()).isEqualTo(403);
        assertThat(api.as(Api.ANALYST).delete("/api/v1/articles/1").status()).isEqualTo(403);
        Api.Response unknownField = api.as(Api.ANALYST).post("/api/v1/candidates/999999999/accept",
                Api.json("{'launched':{'value':-5,'qualifier':'EXACT'}}"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(field(api.as(Api.ANALYST).post("/api/v1/candidates/1/accept", Api.json("{'stirkeId':1}"))))
                .isEqualTo("stirkeId");
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        return response.json().get("errors").get(0).get("field").asString();
    }
}
