package org.conflictledger.ingest.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.conflictledger.ingest.FeedServer;
import org.conflictledger.ingest.Feeds;
import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Cease-fire and negotiation candidates accepted into a PROPOSED cease-fire, an allegation, and an event. */
class CeasefireAndNegotiationCandidatesIT extends IntegrationTest {

    private FeedServer server;
    private String tag;

    @BeforeEach
    void startServer() {
        server = new FeedServer();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private JsonNode candidateFrom(String kind, String title, String text) {
        server.serve("/feed.xml", "application/rss+xml", Feeds.rss("Wire", List.of(new Feeds.Item(tag,
                "https://news.example.org/" + tag, title, text, "Sat, 19 Apr 2025 09:00:00 GMT"))));
        long feed = api.post("/api/v1/feeds", Api.json("{'name':'Wire " + tag + "','url':'" + server.url("/feed.xml")
                + "','enabled':false}")).id();
        api.post("/api/v1/feeds/" + feed + "/poll", null);
        long article = api.get("/api/v1/articles?feedId=" + feed).json().get("items").get(0).get("id").asLong();
        for (JsonNode c : api.get("/api/v1/candidates?kind=" + kind + "&size=500").json().get("items")) {
            if (c.get("article").get("id").asLong() == article) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " candidate for article " + article);
    }

    @Test
    void aTruceDeclarationBecomesAProposedCeasefire() {
        JsonNode candidate = candidateFrom("CEASEFIRE", "Putin declares Easter truce " + tag,
                "Vladimir Putin declared an Easter truce on Saturday, ordering Russian forces to halt fighting until"
                        + " Monday, the Kremlin said (" + tag + ").");
        assertThat(candidate.get("extraction").get("ceasefireScope").get("value").asString()).isEqualTo("HOLIDAY");

        Api.Response accepted = api.as(Api.ANALYST).post("/api/v1/candidates/" + candidate.get("id").asLong()
                + "/accept", Api.json("{'name':'Easter truce " + tag + "'}"));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("record").get("type").asString()).isEqualTo("CEASEFIRE");
        JsonNode ceasefire = api.get(accepted.json().get("record").get("href").asString()).json();
        assertThat(ceasefire.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(ceasefire.get("scope").asString()).isEqualTo("HOLIDAY");
        assertThat(ceasefire.get("name").asString()).isEqualTo("Easter truce " + tag);
    }

    @Test
    void anAllegedViolationIsRecordedOnTheNamedCeasefire() {
        long ceasefire = api.post("/api/v1/ceasefires", Api.json("{'name':'Energy moratorium " + tag + "',"
                + "'scope':'ENERGY_INFRASTRUCTURE','proposedAt':'2025-03-18T00:00:00Z'}")).id();
        JsonNode candidate = candidateFrom("CEASEFIRE", "Kremlin accuses Kyiv of violating energy truce " + tag,
                "Russia accused Ukraine on Saturday of violating the moratorium on strikes against energy"
                        + " infrastructure, the Kremlin said (" + tag + ").");
        long id = candidate.get("id").asLong();
        assertThat(api.as(Api.ANALYST).post("/api/v1/candidates/" + id + "/accept", null).status()).isEqualTo(400);

        Api.Response accepted = api.as(Api.ANALYST).post("/api/v1/candidates/" + id + "/accept",
                "{\"ceasefireId\":" + ceasefire + "}");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("record").get("type").asString()).isEqualTo("ALLEGATION");
        JsonNode allegation = api.get("/api/v1/ceasefires/" + ceasefire + "/allegations").json().get("items").get(0);
        assertThat(allegation.get("accuser").asString()).isEqualTo("RU");
        assertThat(allegation.get("accused").asString()).isEqualTo("UA");
        assertThat(allegation.get("sourceId").asLong()).isEqualTo(accepted.json().get("sourceId").asLong());
    }

    @Test
    void aMeetingBecomesANegotiationEventWithItsParticipants() {
        JsonNode candidate = candidateFrom("NEGOTIATION", "Witkoff meets Putin in St Petersburg " + tag,
                "US envoy Steve Witkoff met President Vladimir Putin in St Petersburg on Friday for talks that lasted"
                        + " more than four hours, Kremlin aide Yuri Ushakov said (" + tag + ").");

        Api.Response accepted = api.as(Api.ANALYST).post("/api/v1/candidates/" + candidate.get("id").asLong()
                + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonNode event = api.get(accepted.json().get("record").get("href").asString()).json();
        assertThat(event.get("kind").asString()).isEqualTo("MEETING");
        assertThat(event.get("place").asString()).isEqualTo("St Petersburg");
        assertThat(event.get("country").asString()).isEqualTo("RU");
        assertThat(event.get("duration").get("minutes").asLong()).isEqualTo(240);
        assertThat(event.get("duration").get("qualifier").asString()).isEqualTo("MORE_THAN");
        assertThat(event.get("participants").findValuesAsString("name"))
                .containsExactly("Steve Witkoff", "Vladimir Putin", "Yuri Ushakov");
        assertThat(event.get("occurredAt").asString()).startsWith("2025-04-17");
    }
}
