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

/**
 * From a feed item to a record: the air force report of one night becomes a STRIKE candidate with
 * its figures and evidence, and accepting it adds a claim to the one strike of that night; several
 * matching strikes need a {@code strikeId}; no match makes a new strike; a rejected candidate stays
 * rejected.
 */
class FeedToCandidateStoryIT extends IntegrationTest {

    static final String TITLE = "Russia launches 147 drones and three missiles at Kharkiv and Odesa";
    static final String TEXT = "Russia launched 147 drones and three ballistic missiles overnight at Kharkiv and Odesa,"
            + " Ukraine's air force said on Saturday. Air defences shot down 97 drones, and 25 were lost to jamming,"
            + " the air force said. At least two people were killed, regional officials said.";

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

    /** Serves one item, polls it in, and answers the candidate read from it. */
    private JsonNode candidateFrom(String title, String text, String pubDate) {
        String link = "https://news.example.org/" + tag + "/report";
        server.serve("/feed.xml", "application/rss+xml",
                Feeds.rss("Wire", List.of(new Feeds.Item(tag, link, title, text, pubDate))));
        long feed = api.post("/api/v1/feeds", Api.json("{'name':'Wire " + tag + "','url':'" + server.url("/feed.xml")
                + "','publisher':'Example Wire','enabled':false}")).id();
        JsonNode report = api.post("/api/v1/feeds/" + feed + "/poll", null).json();
        assertThat(report.get("itemsNew").asInt()).as(report.toString()).isEqualTo(1);
        long article = api.get("/api/v1/articles?feedId=" + feed).json().get("items").get(0).get("id").asLong();
        JsonNode page = api.get("/api/v1/candidates?kind=STRIKE&status=PENDING&size=500").json();
        for (JsonNode candidate : page.get("items")) {
            if (candidate.get("article").get("id").asLong() == article) {
                return candidate;
            }
        }
        throw new AssertionError("no candidate for article " + article + " in " + page);
    }

    private long strikeOfTheNight(String day, String weapon) {
        String source = api.post("/api/v1/sources", Api.json("{'publisher':'Ukrainian Air Force','kind':'OFFICIAL_MILITARY',"
                + "'party':'UA','url':'https://example.org/af/" + tag + "-" + weapon + "'}")).json().get("id").asString();
        Api.Response created = api.post("/api/v1/strikes", Api.json("{'attacker':'RU','target':'UA',"
                + "'startedAt':'" + day + "T20:00:00+02:00','endedAt':'" + nextDay(day) + "T08:00:00+02:00',"
                + "'timePrecision':'HOUR','weaponCategory':'" + weapon + "','claims':[{'sourceId':" + source + ","
                + "'launched':{'value':150,'qualifier':'EXACT'}}]}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static String nextDay(String day) {
        return java.time.LocalDate.parse(day).plusDays(1).toString();
    }

    @Test
    void airForceReportBecomesAStrikeCandidateAndMergesIntoTheOneStrikeOfThatNight() {
        long strike = strikeOfTheNight("2024-12-13", "DRONE");

        JsonNode candidate = candidateFrom(TITLE, TEXT, "Sat, 14 Dec 2024 07:00:00 GMT");

        JsonNode x = candidate.get("extraction");
        assertThat(candidate.get("kind").asString()).isEqualTo("STRIKE");
        assertThat(x.get("attacker").get("value").asString()).isEqualTo("RU");
        assertThat(x.get("target").get("value").asString()).isEqualTo("UA");
        assertThat(x.get("places").findValuesAsString("name")).containsExactly("Kharkiv", "Odesa");
        assertThat(x.get("weapon").get("value").asString()).isEqualTo("MIXED");
        assertThat(figure(x, "launched")).isEqualTo("150 EXACT");
        assertThat(figure(x, "intercepted")).isEqualTo("97 EXACT");
        assertThat(figure(x, "suppressed")).isEqualTo("25 EXACT");
        assertThat(figure(x, "killed")).isEqualTo("2 AT_LEAST");
        assertThat(x.get("claimant").get("value").asString()).isEqualTo("UA");
        assertThat(x.get("attributedTo").get("value").asString()).isEqualTo("Ukrainian Air Force");
        assertThat(x.get("launched").get("evidence").asString()).startsWith("Russia launch");
        assertThat(x.get("killed").get("evidence").asString()).isEqualTo(
                "At least two people were killed, regional officials said.");
        assertThat(x.get("date").get("value").get("date").asString()).isEqualTo("2024-12-14");
        assertThat(candidate.get("matchingStrikes").values()).extracting(JsonNode::asLong).containsExactly(strike);

        Api.Response accepted = api.as(Api.ANALYST).post("/api/v1/candidates/" + candidate.get("id").asLong()
                + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("record").get("type").asString()).isEqualTo("STRIKE_CLAIM");
        assertThat(accepted.json().get("record").get("id").asLong()).isEqualTo(strike);
        assertThat(accepted.json().get("decidedBy").asString()).isEqualTo("analyst");
        JsonNode merged = api.get("/api/v1/strikes/" + strike).json();
        assertThat(merged.get("claims").size()).isEqualTo(2);
        assertThat(merged.get("launched").get("claims").asInt()).isEqualTo(2);
        JsonNode claim = merged.get("claims").get(1);
        assertThat(claim.get("claimant").asString()).isEqualTo("UA");
        assertThat(claim.get("attributedTo").asString()).isEqualTo("Ukrainian Air Force");
        assertThat(claim.get("intercepted").get("value").asInt()).isEqualTo(97);
        assertThat(claim.get("killed").get("qualifier").asString()).isEqualTo("AT_LEAST");
        assertThat(claim.get("source").get("kind").asString()).isEqualTo("MEDIA");
        assertThat(claim.get("source").get("publisher").asString()).isEqualTo("Example Wire");
        assertThat(claim.get("source").get("url").asString()).isEqualTo("https://news.example.org/" + tag + "/report");

        Api.Response again = api.as(Api.ANALYST).post("/api/v1/candidates/" + candidate.get("id").asLong()
                + "/accept", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("candidateStatus").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void severalMatchingStrikesNeedAStrikeIdAndNoMatchMakesANewStrike() {
        long first = strikeOfTheNight("2024-11-16", "DRONE");
        long second = strikeOfTheNight("2024-11-16", "UNKNOWN");
        JsonNode candidate = candidateFrom("Russia launches drones and missiles at Kyiv " + tag,
                "Russia launched 120 drones and eight missiles overnight at Kyiv, Ukraine's air force said (" + tag
                        + ").", "Sun, 17 Nov 2024 06:00:00 GMT");
        long id = candidate.get("id").asLong();
        assertThat(candidate.get("matchingStrikes").values()).extracting(JsonNode::asLong)
                .containsExactly(first, second);

        Api.Response ambiguous = api.as(Api.ANALYST).post("/api/v1/candidates/" + id + "/accept", "{}");
        assertThat(ambiguous.status()).isEqualTo(409);
        assertThat(ambiguous.isProblem()).isTrue();
        assertThat(ambiguous.json().get("matchingStrikes").values()).extracting(JsonNode::asLong)
                .containsExactly(first, second);
        assertThat(api.get("/api/v1/candidates/" + id).json().get("status").asString()).isEqualTo("PENDING");

        Api.Response chosen = api.as(Api.ANALYST).post("/api/v1/candidates/" + id + "/accept",
                "{\"strikeId\":\"" + second + "\",\"killed\":{\"value\":1,\"qualifier\":\"EXACT\"}}");
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().get("record").get("id").asLong()).isEqualTo(second);
        JsonNode claim = api.get("/api/v1/strikes/" + second).json().get("claims").get(1);
        assertThat(claim.get("launched").get("value").asInt()).isEqualTo(128);
        assertThat(claim.get("killed").get("value").asInt()).isEqualTo(1);
    }

    @Test
    void aReportMatchingNoStrikeBecomesANewStrikeWithTheArticleAsSource() {
        JsonNode candidate = candidateFrom("Drones hit Sumy " + tag, "Russia launched 42 Shahed drones at Sumy on"
                + " Tuesday, killing three people and injuring nine, Ukraine's air force said (" + tag + ").",
                "Wed, 03 Jan 2018 10:00:00 GMT");
        assertThat(candidate.get("matchingStrikes").size()).isZero();

        Api.Response accepted = api.as(Api.ANALYST).post("/api/v1/candidates/" + candidate.get("id").asLong()
                + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("record").get("type").asString()).isEqualTo("STRIKE");
        JsonNode strike = api.get("/api/v1/strikes/" + accepted.json().get("record").get("id").asLong()).json();
        assertThat(strike.get("place").asString()).isEqualTo("Sumy");
        assertThat(strike.get("region").asString()).isEqualTo("Sumy Oblast");
        assertThat(strike.get("weaponCategory").asString()).isEqualTo("DRONE");
        assertThat(strike.get("weaponModels").get(0).asString()).isEqualTo("Shahed-136/131");
        assertThat(strike.get("startedAt").asString()).isEqualTo("2018-01-01T22:00:00Z");
        assertThat(strike.get("killed").get("best").asInt()).isEqualTo(3);
        assertThat(strike.get("wounded").get("best").asInt()).isEqualTo(9);
    }

    @Test
    void aReportThatBecomesANewStrikeOffersTheDuplicateCandidatesOfThatEvent() {
        // a data set's record of the same attack, its attacker unidentified: no strike the report could join
        String source = api.post("/api/v1/sources", Api.json("{'publisher':'Example Data Set','kind':'DATASET',"
                + "'url':'https://example.org/dataset/" + tag + "'}")).json().get("id").asString();
        Api.Response recorded = api.post("/api/v1/strikes", Api.json("{'attacker':'UNKNOWN','target':'UA',"
                + "'startedAt':'2019-01-01T00:00:00+02:00','timePrecision':'DAY','place':'Sumy','region':'Sumy oblast',"
                + "'country':'UA','latitude':50.91,'longitude':34.80,'geoPrecision':'TOWN','weaponCategory':'DRONE',"
                + "'externalIds':{'fixture-dataset':'" + tag + "'},"
                + "'claims':[{'sourceId':" + source + ",'killed':{'value':3,'qualifier':'AT_LEAST'}}]}"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode candidate = candidateFrom("Drones hit Sumy " + tag, "Russia launched 42 Shahed drones at Sumy on"
                + " Tuesday, killing three people and injuring nine, Ukraine's air force said (" + tag + ").",
                "Wed, 02 Jan 2019 10:00:00 GMT");

        Api.Response accepted = api.as(Api.ANALYST).post("/api/v1/candidates/" + candidate.get("id").asLong()
                + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("record").get("type").asString()).isEqualTo("STRIKE");
        long created = accepted.json().get("record").get("id").asLong();
        JsonNode offered = accepted.json().get("duplicateCandidates");
        assertThat(offered).as(accepted.toString()).hasSize(1);
        JsonNode pair = api.get("/api/v1/duplicates/" + offered.get(0).asLong()).json();
        java.util.List<Long> ids = new java.util.ArrayList<>();
        pair.get("strikes").forEach(s -> ids.add(s.get("id").asLong()));
        assertThat(ids).containsExactlyInAnyOrder(recorded.id(), created);
        assertThat(pair.get("parts").get("parties").asString()).isEqualTo("PARTIAL");
        // merging it makes the report a claim on the data set's strike (or the other way round): one strike
        Api.Response merged = api.as(Api.ANALYST).post("/api/v1/duplicates/" + offered.get(0).asLong() + "/merge", "{}");
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().get("strike").get("claims")).hasSize(2);
    }

    @Test
    void aRejectedCandidateCannotBeAcceptedAndTheQueueFiltersByStatus() {
        JsonNode candidate = candidateFrom("Shelling in Kherson " + tag, "Russian shelling killed two people in"
                + " Kherson on Monday, the regional governor said (" + tag + ").", "Tue, 02 Jan 2018 10:00:00 GMT");
        long id = candidate.get("id").asLong();

        Api.Response rejected = api.as(Api.ANALYST).post("/api/v1/candidates/" + id + "/reject",
                "{\"reason\":\"duplicate of a report already recorded\"}");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("reason").asString()).isEqualTo("duplicate of a report already recorded");
        assertThat(api.as(Api.ANALYST).post("/api/v1/candidates/" + id + "/accept", null).status()).isEqualTo(409);
        JsonNode rejectedOnes = api.get("/api/v1/candidates?status=REJECTED&size=500").json();
        assertThat(rejectedOnes.get("items").findValues("id")).extracting(JsonNode::asLong).contains(id);
        JsonNode pending = api.get("/api/v1/candidates?status=PENDING&size=500").json();
        assertThat(pending.get("items").findValues("id")).extracting(JsonNode::asLong).doesNotContain(id);
    }

    static String figure(JsonNode extraction, String name) {
        JsonNode value = extraction.get(name).get("value");
        return value.get("value").asInt() + " " + value.get("qualifier").asString();
    }
}
