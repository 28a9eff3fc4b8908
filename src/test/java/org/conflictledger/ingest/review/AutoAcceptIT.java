package org.conflictledger.ingest.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.conflictledger.ingest.FeedServer;
import org.conflictledger.ingest.Feeds;
import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With auto-accept on, a candidate at or above the threshold becomes a record as soon as its article
 * is stored, decided by "auto-accept", with the article as the claim's source; one below the
 * threshold waits for a person.
 */
@TestPropertySource(properties = {"ledger.feeds.auto-accept.enabled=true",
        "ledger.feeds.auto-accept.threshold=" + AutoAcceptIT.THRESHOLD})
@DirtiesContext
class AutoAcceptIT extends IntegrationTest {

    static final String THRESHOLD = "0.8";

    @Test
    void acceptsCandidatesAtOrAboveTheThresholdAndLeavesTheOthersForReview() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (FeedServer server = new FeedServer()) {
            // a night of its own (2067), so no strike recorded by other tests matches it, and a title of its
            // own, so the article is not the one another test stored with the same text
            server.serve("/feed.xml", "application/rss+xml", Feeds.rss("Wire", List.of(
                    new Feeds.Item(tag + "-strong", "https://news.example.org/" + tag + "/strong",
                            FeedToCandidateStoryIT.TITLE + " (" + tag + ")", FeedToCandidateStoryIT.TEXT, "Sat, 16 Apr 2067 07:00:00 GMT"),
                    new Feeds.Item(tag + "-weak", "https://news.example.org/" + tag + "/weak",
                            // a strike report without attacker or toll: kept by the classifier, read with little certainty
                            // ("Explosions heard in Sumy" is no reportable event by the labelling rules: no attacker)
                            "Drone strike on Sumy, local media say (" + tag + ")",
                            "Explosions were heard in Sumy on Tuesday, local media reported, after what appeared to be"
                                    + " a drone attack.", "Tue, 19 Apr 2067 07:00:00 GMT"))));
            long feed = api.post("/api/v1/feeds", Api.json("{'name':'Auto " + tag + "','url':'" + server.url("/feed.xml")
                    + "','publisher':'Example Wire','enabled':false}")).id();
            JsonNode report = api.post("/api/v1/feeds/" + feed + "/poll", null).json();
            assertThat(report.get("itemsNew").asInt()).as(report.toString()).isEqualTo(2);

            List<Long> articles = new ArrayList<>();
            api.get("/api/v1/articles?feedId=" + feed).json().get("items").forEach(a -> articles.add(a.get("id").asLong()));
            List<JsonNode> candidates = new ArrayList<>();
            api.get("/api/v1/candidates?size=500").json().get("items").forEach(c -> {
                if (articles.contains(c.get("article").get("id").asLong())) {
                    candidates.add(c);
                }
            });
            BigDecimal threshold = new BigDecimal(THRESHOLD);
            List<JsonNode> above = candidates.stream()
                    .filter(c -> c.get("confidence").decimalValue().compareTo(threshold) >= 0).toList();
            List<JsonNode> below = candidates.stream()
                    .filter(c -> c.get("confidence").decimalValue().compareTo(threshold) < 0).toList();
            assertThat(above).as("candidates at or above %s: %s", THRESHOLD, candidates).hasSize(1);
            assertThat(below).as("candidates below %s: %s", THRESHOLD, candidates).hasSize(1);

            JsonNode accepted = above.get(0);
            assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(accepted.get("decidedBy").asString()).isEqualTo("auto-accept");
            assertThat(accepted.get("record").get("type").asString()).isEqualTo("STRIKE");
            JsonNode strike = api.get("/api/v1/strikes/" + accepted.get("record").get("id").asLong()).json();
            assertThat(strike.get("launched").get("best").asInt()).isEqualTo(150);
            assertThat(strike.get("claims").get(0).get("source").get("url").asString())
                    .isEqualTo("https://news.example.org/" + tag + "/strong");

            JsonNode waiting = below.get(0);
            assertThat(waiting.get("status").asString()).isEqualTo("PENDING");
            assertThat(waiting.get("record").isNull()).isTrue();
            // it waited for its confidence alone: a person can accept it (naming the sides it left open)
            Api.Response byAPerson = api.as(Api.ANALYST).post("/api/v1/candidates/" + waiting.get("id").asLong()
                    + "/accept", Api.json("{'attacker':'RU','target':'UA'}"));
            assertThat(byAPerson.status()).as(byAPerson.toString()).isBetween(200, 201);
            JsonNode decided = api.get("/api/v1/candidates/" + waiting.get("id").asLong()).json();
            assertThat(decided.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(decided.get("record").get("type").asString()).isEqualTo("STRIKE");
        }
    }
}
