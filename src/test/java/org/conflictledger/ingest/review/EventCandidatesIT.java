package org.conflictledger.ingest.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
 * Articles that tell several events, served from a local feed: one candidate per event with its own
 * facts, the article listing its candidates and kinds, each candidate accepted into its own record
 * (a strike, a negotiation event, an allegation linked to the strike), and re-extraction replacing
 * pending candidates only.
 */
class EventCandidatesIT extends IntegrationTest {

    /** Drone strikes both ways in one night, an allegation by one side, and talks elsewhere. */
    static final String TITLE = "Kyiv and Moscow swap drone strikes as US envoy holds talks in Ankara";
    static final String TEXT = "Russia and Ukraine exchanged drone strikes overnight. Ukraine's air force said Russia"
            + " had launched more than five dozen drones at the country overnight, most of which were shot down; three"
            + " people were wounded in Kharkiv. Russia's Defence Ministry said its air defences had destroyed 45"
            + " Ukrainian drones over the Belgorod and Voronezh regions, some of them aimed at a power station, and"
            + " accused Kyiv of violating the energy ceasefire. Separately, the US special envoy met Russia's foreign"
            + " minister in Ankara for two hours of talks.";
    /** Saturday 14 June 2025, 09:00 in Kyiv. */
    static final String PUBLISHED = "Sat, 14 Jun 2025 06:00:00 GMT";

    private FeedServer server;
    private String tag;
    private long feed;

    @BeforeEach
    void startServer() {
        server = new FeedServer();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Serves one item, polls it in (the poll answers once the candidates are stored), and answers the article. */
    private JsonNode articleFrom(String title, String text) {
        server.serve("/feed.xml", "application/rss+xml", Feeds.rss("Wire", List.of(new Feeds.Item(tag,
                "https://news.example.org/" + tag, title, text + " (" + tag + ")", PUBLISHED))));
        feed = api.post("/api/v1/feeds", Api.json("{'name':'Wire " + tag + "','url':'" + server.url("/feed.xml")
                + "','publisher':'Example Wire','enabled':false}")).id();
        JsonNode report = api.post("/api/v1/feeds/" + feed + "/poll", null).json();
        assertThat(report.get("itemsNew").asInt()).as(report.toString()).isEqualTo(1);
        return api.get("/api/v1/articles?feedId=" + feed).json().get("items").get(0);
    }

    private List<JsonNode> candidatesOf(long article) {
        List<JsonNode> out = new ArrayList<>();
        api.get("/api/v1/candidates?article=" + article + "&sort=id&size=50").json().get("items").forEach(out::add);
        out.sort((a, b) -> Integer.compare(a.get("event").asInt(), b.get("event").asInt()));
        return out;
    }

    private static String figure(JsonNode x, String field) {
        JsonNode f = x.get(field);
        return f == null || f.isNull() ? null : f.get("value").get("value").asInt() + " "
                + f.get("value").get("qualifier").asString();
    }

    private Api.Response accept(JsonNode candidate, String corrections) {
        return api.as(Api.ANALYST).post("/api/v1/candidates/" + candidate.get("id").asLong() + "/accept", corrections);
    }

    private long energyCeasefire() {
        return api.post("/api/v1/ceasefires", Api.json("{'name':'Energy moratorium " + tag + "',"
                + "'scope':'ENERGY_INFRASTRUCTURE','proposedAt':'2025-06-01T00:00:00Z'}")).id();
    }

    @Test
    void aReportOfSeveralEventsBecomesOneCandidatePerEventAndEachIsAcceptedIntoItsOwnRecord() {
        JsonNode article = articleFrom(TITLE + " " + tag, TEXT);
        long articleId = article.get("id").asLong();

        List<JsonNode> candidates = candidatesOf(articleId);
        assertThat(candidates).extracting(c -> c.get("kind").asString())
                .containsExactly("STRIKE", "NEGOTIATION", "STRIKE", "CEASEFIRE");
        assertThat(candidates).extracting(c -> c.get("event").asInt()).containsExactly(0, 1, 2, 3);
        JsonNode intoUkraine = candidates.get(0);
        JsonNode talks = candidates.get(1);
        JsonNode intoRussia = candidates.get(2);
        JsonNode allegation = candidates.get(3);

        JsonNode x = intoUkraine.get("extraction");
        assertThat(x.get("attacker").get("value").asString()).isEqualTo("RU");
        assertThat(x.get("target").get("value").asString()).isEqualTo("UA");
        assertThat(figure(x, "launched")).isEqualTo("60 MORE_THAN");
        assertThat(figure(x, "wounded")).isEqualTo("3 EXACT");
        assertThat(x.get("claimant").get("value").asString()).isEqualTo("UA");
        assertThat(x.get("event").asInt()).isZero();
        JsonNode y = intoRussia.get("extraction");
        assertThat(y.get("attacker").get("value").asString()).isEqualTo("UA");
        assertThat(figure(y, "intercepted")).isEqualTo("45 EXACT");
        assertThat(y.get("claimant").get("value").asString()).isEqualTo("RU");
        assertThat(y.get("attributedTo").get("value").asString()).isEqualTo("Russian Ministry of Defence");
        assertThat(allegation.get("relatedCandidateId").asLong()).isEqualTo(intoRussia.get("id").asLong());
        assertThat(allegation.get("extraction").get("ceasefireMatter").get("value").asString())
                .isEqualTo("ALLEGED_VIOLATION");

        // the article lists its candidates and the kinds of its events; the kind filter matches any event
        JsonNode stored = api.get("/api/v1/articles/" + articleId).json();
        assertThat(stored.get("kinds").values()).extracting(JsonNode::asString)
                .containsExactly("STRIKE", "NEGOTIATION", "CEASEFIRE");
        assertThat(stored.get("headlineKind").asString()).isEqualTo("STRIKE");
        assertThat(stored.get("language").asString()).isEqualTo("en");
        assertThat(stored.get("candidates").findValuesAsString("kind"))
                .containsExactly("STRIKE", "NEGOTIATION", "STRIKE", "CEASEFIRE");
        assertThat(api.get("/api/v1/articles?feedId=" + feed + "&kind=NEGOTIATION").json().get("total").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/articles?feedId=" + feed + "&kind=CEASEFIRE").json().get("total").asInt())
                .isEqualTo(1);

        // the strike into Russia, then the allegation on a cease-fire: linked to the strike just accepted
        Api.Response strike = accept(intoRussia, null);
        assertThat(strike.status()).as(strike.toString()).isEqualTo(200);
        long strikeId = strike.json().get("record").get("id").asLong();
        long ceasefire = energyCeasefire();
        Api.Response alleged = accept(allegation, "{\"ceasefireId\":" + ceasefire + "}");
        assertThat(alleged.status()).as(alleged.toString()).isEqualTo(200);
        assertThat(alleged.json().get("record").get("type").asString()).isEqualTo("ALLEGATION");
        JsonNode recorded = api.get("/api/v1/ceasefires/" + ceasefire + "/allegations").json().get("items").get(0);
        assertThat(recorded.get("accuser").asString()).isEqualTo("RU");
        assertThat(recorded.get("accused").asString()).isEqualTo("UA");
        assertThat(recorded.get("strikeId").asLong()).isEqualTo(strikeId);

        // the talks: a negotiation event of two unnamed participants, each with their own title and party
        Api.Response event = accept(talks, null);
        assertThat(event.status()).as(event.toString()).isEqualTo(200);
        JsonNode negotiation = api.get(event.json().get("record").get("href").asString()).json();
        assertThat(negotiation.get("kind").asString()).isEqualTo("MEETING");
        assertThat(negotiation.get("place").asString()).isEqualTo("Ankara");
        assertThat(negotiation.get("duration").get("minutes").asLong()).isEqualTo(120);
        assertThat(negotiation.get("participants").findValuesAsString("title"))
                .containsExactly("special envoy", "foreign minister");
        assertThat(negotiation.get("participants").findValuesAsString("party")).containsExactly("US", "RU");
        assertThat(negotiation.get("participants").get(0).get("name").isNull()).isTrue();

        // the strike into Ukraine becomes a strike of its own, claimed by Ukraine
        Api.Response other = accept(intoUkraine, null);
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        JsonNode claimed = api.get(other.json().get("record").get("href").asString()).json();
        assertThat(claimed.get("attacker").asString()).isEqualTo("RU");
        assertThat(claimed.get("claims").get(0).get("claimant").asString()).isEqualTo("UA");
    }

    @Test
    void aOneEventReportStillGivesExactlyOneCandidate() {
        JsonNode article = articleFrom("Russian missiles hit Odesa port " + tag,
                "Russia struck the port of Odesa with three cruise missiles overnight, the regional governor said. Two"
                        + " people were killed and four were wounded, he added.");
        List<JsonNode> candidates = candidatesOf(article.get("id").asLong());
        assertThat(candidates).hasSize(1);
        assertThat(candidates.get(0).get("kind").asString()).isEqualTo("STRIKE");
        assertThat(candidates.get(0).get("background").asBoolean()).isFalse();
        assertThat(figure(candidates.get(0).get("extraction"), "killed")).isEqualTo("2 EXACT");
    }

    @Test
    void aBackgroundStrikeIsOfferedAsAClaimOnTheStrikeItMatchesBeforeANewOne() {
        // the ledger already holds the Sumy strike of 13 April that the article recalls
        long source = new org.conflictledger.support.Records(api).source();
        long sumy = api.post("/api/v1/strikes", Api.json("{'attacker':'RU','target':'UA','startedAt':'2025-04-13T06:00:00Z',"
                + "'endedAt':'2025-04-13T07:00:00Z','timePrecision':'HOUR','place':'Sumy','region':'Sumy oblast',"
                + "'country':'UA','weaponCategory':'BALLISTIC_MISSILE','targetCategories':['RESIDENTIAL'],'claims':[{'sourceId':"
                + source + ",'reportedAt':'2025-04-13T09:00:00Z','killed':{'value':34,'qualifier':'EXACT'}}]}")).id();
        JsonNode article = articleFrom("Russian drones hit Kharkiv, two wounded " + tag,
                "Russia attacked Kharkiv with drones overnight, wounding two people, the regional governor said. The city"
                        + " was hit two months after a Russian ballistic missile strike on Sumy on April 13 killed 35 people.");
        List<JsonNode> candidates = candidatesOf(article.get("id").asLong());
        assertThat(candidates).extracting(c -> c.get("background").asBoolean()).containsExactly(false, true);
        JsonNode recalled = candidates.get(1);
        assertThat(recalled.get("status").asString()).isEqualTo("PENDING");

        Api.Response joined = accept(recalled, null);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        assertThat(joined.json().get("record").get("type").asString()).isEqualTo("STRIKE_CLAIM");
        assertThat(joined.json().get("record").get("id").asLong()).isEqualTo(sumy);
        JsonNode strike = api.get("/api/v1/strikes/" + sumy).json();
        assertThat(strike.get("claims")).hasSize(2);
    }

    @Test
    void anAllegationAcceptedBeforeItsStrikeIsRecordedWithoutTheLinkAndSaysSo() {
        JsonNode article = articleFrom(TITLE + " " + tag, TEXT);
        List<JsonNode> candidates = candidatesOf(article.get("id").asLong());
        JsonNode allegation = candidates.get(3);
        long ceasefire = energyCeasefire();

        Api.Response alleged = accept(allegation, "{\"ceasefireId\":" + ceasefire + "}");

        assertThat(alleged.status()).as(alleged.toString()).isEqualTo(200);
        assertThat(alleged.json().get("reason").asString()).contains("without its strike").contains("PENDING");
        JsonNode recorded = api.get("/api/v1/ceasefires/" + ceasefire + "/allegations").json().get("items").get(0);
        assertThat(recorded.get("strikeId").isNull()).isTrue();
        assertThat(recorded.get("summary").asString()).contains("without its strike");
    }

    @Test
    void reExtractionReplacesPendingCandidatesAndLeavesDecidedOnes() {
        JsonNode article = articleFrom(TITLE + " " + tag, TEXT);
        long articleId = article.get("id").asLong();
        List<JsonNode> before = candidatesOf(articleId);
        long accepted = before.get(2).get("id").asLong();
        assertThat(accept(before.get(2), null).status()).isEqualTo(200);

        assertThat(api.as(Api.ANALYST).post("/api/v1/articles/" + articleId + "/extract", null).status())
                .isEqualTo(403);
        Api.Response again = api.as(Api.ADMIN).post("/api/v1/articles/" + articleId + "/extract", null);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        List<JsonNode> after = candidatesOf(articleId);
        assertThat(after).hasSize(4);
        assertThat(after).extracting(c -> c.get("event").asInt()).containsExactly(0, 1, 2, 3);
        JsonNode kept = after.get(2);
        assertThat(kept.get("id").asLong()).isEqualTo(accepted);
        assertThat(kept.get("status").asString()).isEqualTo("ACCEPTED");
        for (int i : new int[] {0, 1, 3}) {
            assertThat(after.get(i).get("status").asString()).isEqualTo("PENDING");
            assertThat(after.get(i).get("id").asLong()).isNotEqualTo(before.get(i).get("id").asLong());
        }
        // the allegation still names the strike's candidate, which was decided and kept
        assertThat(after.get(3).get("relatedCandidateId").asLong()).isEqualTo(accepted);

        Api.Response job = api.as(Api.ADMIN).post("/api/v1/articles/extract?from=2025-06-14T00:00:00Z"
                + "&to=2025-06-15T00:00:00Z", null);
        assertThat(job.status()).as(job.toString()).isEqualTo(202);
        String location = job.header("Location");
        JsonNode done = job.json();
        for (int i = 0; i < 100 && !done.get("status").asString().matches("SUCCEEDED|FAILED"); i++) {
            sleep();
            done = api.get(location).json();
        }
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("articles").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(candidatesOf(articleId)).extracting(c -> c.get("status").asString())
                .containsExactly("PENDING", "PENDING", "ACCEPTED", "PENDING");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
