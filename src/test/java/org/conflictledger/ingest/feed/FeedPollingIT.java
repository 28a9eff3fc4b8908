package org.conflictledger.ingest.feed;

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
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Feeds served from a local HTTP server: valid RSS and Atom, repeated polls, 304, redirects, and
 * hostile documents (broken XML, billion laughs, an external entity, a hanging server, an oversized
 * document) that are recorded as their feed's error without stopping the others.
 */
class FeedPollingIT extends IntegrationTest {

    private static final String WAR_TEXT = "Russian drones struck an energy facility in the Sumy region overnight,"
            + " regional officials said";

    @Autowired
    private FeedPoller poller;

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

    private long register(String name, String path, boolean enabled) {
        Api.Response created = api.post("/api/v1/feeds", Api.json("{'name':'" + name + " " + tag + "','url':'"
                + server.url(path) + "','pollInterval':'PT10M','enabled':" + enabled + "}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private JsonNode poll(long id) {
        Api.Response polled = api.post("/api/v1/feeds/" + id + "/poll", null);
        assertThat(polled.status()).as(polled.toString()).isEqualTo(200);
        return polled.json();
    }

    @Test
    void storesEachRssArticleOnceAfterRepeatedPolls() {
        server.serve("/rss.xml", "application/rss+xml", Feeds.rss("Test", Feeds.items(tag, 3, WAR_TEXT)));
        long id = register("RSS", "/rss.xml", false);

        JsonNode first = poll(id);
        JsonNode second = poll(id);
        JsonNode third = poll(id);

        assertThat(first.get("outcome").asString()).isEqualTo("OK");
        assertThat(first.get("itemsSeen").asInt()).isEqualTo(3);
        assertThat(first.get("itemsNew").asInt()).isEqualTo(3);
        assertThat(second.get("itemsNew").asInt()).isZero();
        assertThat(third.get("itemsNew").asInt()).isZero();
        assertThat(server.hits("/rss.xml")).isEqualTo(3);
        JsonNode articles = api.get("/api/v1/articles?feedId=" + id).json();
        assertThat(articles.get("total").asLong()).isEqualTo(3);
        JsonNode status = api.get("/api/v1/feeds/" + id).json().get("status");
        assertThat(status.get("itemsSeen").asLong()).isEqualTo(9);
        assertThat(status.get("itemsNew").asLong()).isEqualTo(3);
        assertThat(status.get("polls").asLong()).isEqualTo(3);
        assertThat(status.get("lastError").isNull()).isTrue();
        assertThat(status.get("lastSuccessAt").isNull()).isFalse();
    }

    @Test
    void storesAtomEntriesWithHtmlStripped() {
        List<Feeds.Item> entries = List.of(new Feeds.Item("urn:" + tag + ":1", "https://atom.example.org/" + tag + "/1",
                "Atom entry " + tag, "<p>Russian <b>missiles</b> hit Lviv &amp; Kyiv overnight, officials said"
                        + " (" + tag + ").</p><script>alert(1)</script>", "2024-12-14T06:00:00Z"));
        server.serve("/atom.xml", "application/atom+xml", Feeds.atom("Atom " + tag, entries));
        long id = register("Atom", "/atom.xml", false);

        JsonNode report = poll(id);

        assertThat(report.get("itemsNew").asInt()).isEqualTo(1);
        JsonNode article = api.get("/api/v1/articles?feedId=" + id).json().get("items").get(0);
        assertThat(article.get("summary").asString()).contains("Russian missiles hit Lviv & Kyiv")
                .doesNotContain("<b>").doesNotContain("alert");
        assertThat(article.get("publishedAt").asString()).isEqualTo("2024-12-14T06:00:00Z");
        assertThat(article.get("guid").asString()).isEqualTo("urn:" + tag + ":1");
    }

    @Test
    void keepsAnArticleOnceWhenAnotherFeedLinksItWithTrackingParameters() {
        List<Feeds.Item> items = Feeds.items(tag, 2, WAR_TEXT);
        server.serve("/a.xml", "application/rss+xml", Feeds.rss("A", items));
        List<Feeds.Item> tracked = items.stream().map(i -> new Feeds.Item(null,
                i.link().replace("https://news.example.org", "https://NEWS.example.org")
                        + "?utm_source=rss&utm_medium=feed#top", i.title() + " (updated)",
                i.description() + " Updated.", i.pubDate())).toList();
        server.serve("/b.xml", "application/rss+xml", Feeds.rss("B", tracked));
        long a = register("A", "/a.xml", false);
        long b = register("B", "/b.xml", false);

        assertThat(poll(a).get("itemsNew").asInt()).isEqualTo(2);
        JsonNode second = poll(b);

        assertThat(second.get("itemsSeen").asInt()).isEqualTo(2);
        assertThat(second.get("itemsNew").asInt()).isZero();
    }

    @Test
    void asksConditionallyAndCountsA304AsSuccessWithNothingNew() {
        server.serveWithEtag("/etag.xml", Feeds.rss("E", Feeds.items(tag, 1, WAR_TEXT)), "\"v1-" + tag + "\"");
        long id = register("Etag", "/etag.xml", false);

        JsonNode first = poll(id);
        JsonNode second = poll(id);

        assertThat(first.get("outcome").asString()).isEqualTo("OK");
        assertThat(second.get("outcome").asString()).isEqualTo("NOT_MODIFIED");
        assertThat(second.get("itemsSeen").asInt()).isZero();
        assertThat(second.get("feed").get("status").get("lastError").isNull()).isTrue();
        List<java.util.Map<String, String>> requests = server.requests();
        assertThat(requests.get(0)).doesNotContainKey("if-none-match");
        assertThat(requests.get(1)).containsEntry("if-none-match", "\"v1-" + tag + "\"");
        assertThat(requests.get(0).get("user-agent")).startsWith("ConflictLedger/");
    }

    @Test
    void followsARedirectWithinTheLimit() {
        server.serve("/real.xml", "application/rss+xml", Feeds.rss("R", Feeds.items(tag, 1, WAR_TEXT)));
        server.redirect("/moved.xml", "/real.xml");
        long id = register("Moved", "/moved.xml", false);

        JsonNode report = poll(id);

        assertThat(report.get("outcome").asString()).isEqualTo("OK");
        assertThat(report.get("itemsNew").asInt()).isEqualTo(1);
    }

    @Test
    void refusesARedirectToAPrivateAddressWithoutConnecting() {
        server.redirect("/evil.xml", "http://10.20.30.40/internal");
        server.redirect("/loop.xml", "/loop.xml");
        long evil = register("Evil", "/evil.xml", false);
        long loop = register("Loop", "/loop.xml", false);

        JsonNode evilReport = poll(evil);
        JsonNode loopReport = poll(loop);

        assertThat(evilReport.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(evilReport.get("error").asString()).contains("non-public address (10.20.30.40)");
        assertThat(loopReport.get("error").asString()).contains("more than 5 redirects");
        assertThat(server.hits("/loop.xml")).isEqualTo(6);
    }

    @Test
    void recordsHostileFeedsAsTheirErrorAndStillPollsTheOthers() {
        server.serve("/good.xml", "application/rss+xml", Feeds.rss("Good", Feeds.items(tag, 2, WAR_TEXT)));
        server.serve("/broken.xml", "application/rss+xml", Feeds.broken());
        server.serve("/lol.xml", "application/xml", Feeds.billionLaughs());
        server.serve("/xxe.xml", "application/xml", Feeds.externalEntity());
        server.hang("/hang.xml", 6_000);
        server.serve("/huge.xml", "application/rss+xml", new byte[600 * 1024]);
        long hang = register("Hang", "/hang.xml", true);
        long broken = register("Broken", "/broken.xml", true);
        long lol = register("Lol", "/lol.xml", true);
        long xxe = register("Xxe", "/xxe.xml", true);
        long huge = register("Huge", "/huge.xml", true);
        long good = register("Good", "/good.xml", true);

        int polled = poller.pollDue();

        assertThat(polled).isGreaterThanOrEqualTo(6);
        assertThat(error(hang)).contains("timed out");
        assertThat(error(broken)).contains("not a readable RSS or Atom document");
        assertThat(error(lol)).contains("DOCTYPE declarations are refused");
        assertThat(error(xxe)).contains("DOCTYPE declarations are refused");
        assertThat(error(huge)).contains("larger than");
        JsonNode goodStatus = api.get("/api/v1/feeds/" + good).json().get("status");
        assertThat(goodStatus.get("lastError").isNull()).isTrue();
        assertThat(goodStatus.get("itemsNew").asLong()).isEqualTo(2);
        // claimed for a whole interval: the next tick leaves them alone
        poller.pollDue();
        assertThat(server.hits("/good.xml")).isEqualTo(1);
        for (long id : List.of(hang, broken, lol, xxe, huge, good)) {
            api.post("/api/v1/feeds/" + id + "/disable", null);
        }
    }

    @Test
    void keepsItemsWithoutDatesAndSkipsOversizedItemsNotingBoth() {
        List<Feeds.Item> items = new java.util.ArrayList<>(Feeds.items(tag, 1, WAR_TEXT));
        items.add(new Feeds.Item(tag + "-nodate", "https://news.example.org/" + tag + "/nodate", "Undated " + tag,
                "An item without a date about shelling in Kherson " + tag, null));
        items.add(new Feeds.Item(tag + "-big", "https://news.example.org/" + tag + "/big", "Big " + tag,
                "x".repeat(70 * 1024), "Sat, 14 Dec 2024 05:00:00 GMT"));
        server.serve("/mixed.xml", "application/rss+xml", Feeds.rss("Mixed", items));
        long id = register("Mixed", "/mixed.xml", false);

        JsonNode report = poll(id);

        assertThat(report.get("outcome").asString()).isEqualTo("OK");
        assertThat(report.get("itemsNew").asInt()).isEqualTo(2);
        assertThat(report.get("error").asString()).contains("1 item(s) skipped").contains("1 item(s) without a date");
        JsonNode undated = api.get("/api/v1/articles?feedId=" + id + "&q=Undated").json().get("items").get(0);
        assertThat(undated.get("publishedAt").isNull()).isTrue();
        assertThat(undated.get("retrievedAt").isNull()).isFalse();
    }

    private String error(long feedId) {
        return api.get("/api/v1/feeds/" + feedId).json().get("status").get("lastError").asString();
    }
}
