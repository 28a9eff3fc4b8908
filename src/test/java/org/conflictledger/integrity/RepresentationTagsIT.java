package org.conflictledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.conflictledger.ingest.FeedServer;
import org.conflictledger.ingest.Feeds;
import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.conflictledger.support.Records;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The ETag names the representation the client saw: it changes whenever anything the JSON shows
 * changes — for a strike its row, its claims, the sources they cite and the cease-fires covering it —
 * and a write based on an older representation is refused with 412, also when only a related record
 * changed. Every resource that answers an ETag (feeds and candidates included) honours If-Match.
 */
class RepresentationTagsIT extends IntegrationTest {

    private static final String MERGE = "application/merge-patch+json";

    /** The tag as the service defines it: SHA-256 of the body, first 128 bits, base64url, quoted. */
    private static String digestOf(String body) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + "\"";
    }

    @Test
    void everyItemAnswersTheTagOfItsBytes304AndHonoursIfMatch() throws Exception {
        Records records = new Records(api);
        long source = records.source();
        long track = api.post("/api/v1/tracks", json("{'name':'Tags " + UUID.randomUUID() + "'}")).id();
        long feed = api.post("/api/v1/feeds", json("{'name':'Tags " + UUID.randomUUID()
                + "','url':'https://feeds.example.org/" + UUID.randomUUID() + ".xml','enabled':false}")).id();
        List<String> paths = List.of("/api/v1/strikes/" + records.strike(source, "Tags"),
                "/api/v1/ceasefires/" + records.ceasefire("Tags"), "/api/v1/negotiations/" + records.negotiation("Tags"),
                "/api/v1/tracks/" + track, "/api/v1/sources/" + source, "/api/v1/parties/UA", "/api/v1/feeds/" + feed);
        for (String path : paths) {
            Api.Response read = api.get(path);
            assertThat(read.status()).as(path).isEqualTo(200);
            assertThat(read.header("ETag")).as(path).isEqualTo(digestOf(read.body()));
            Api.Response again = api.header("If-None-Match", read.header("ETag")).get(path);
            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.header("ETag")).isEqualTo(read.header("ETag"));
            assertThat(api.header("If-None-Match", "\"stale\"").get(path).status()).as(path).isEqualTo(200);
            Api.Response head = api.send("HEAD", path, null, null);
            assertThat(head.header("ETag")).as("HEAD " + path).isEqualTo(read.header("ETag"));
        }
        // If-Match: a stale tag is 412 and changes nothing, the current one lets the write through
        Api.Response staleTrack = api.header("If-Match", "\"stale\"").put("/api/v1/tracks/" + track, json("{'name':'Lost'}"));
        assertThat(staleTrack.status()).isEqualTo(412);
        assertThat(staleTrack.isProblem()).isTrue();
        String trackTag = api.get("/api/v1/tracks/" + track).header("ETag");
        Api.Response renamed = api.header("If-Match", trackTag).put("/api/v1/tracks/" + track,
                json("{'name':'Tags renamed " + UUID.randomUUID() + "'}"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.header("ETag")).as("a write answers the tag a GET now gives")
                .isEqualTo(api.get("/api/v1/tracks/" + track).header("ETag")).isNotEqualTo(trackTag);

        String feedTag = api.get("/api/v1/feeds/" + feed).header("ETag");
        assertThat(api.header("If-Match", "\"stale\"").post("/api/v1/feeds/" + feed + "/disable", null).status())
                .isEqualTo(412);
        assertThat(api.header("If-Match", "\"stale\"").put("/api/v1/feeds/" + feed, json("{'name':'Lost','url':"
                + "'https://feeds.example.org/lost.xml'}")).status()).isEqualTo(412);
        assertThat(api.header("If-Match", feedTag).post("/api/v1/feeds/" + feed + "/enable", null).status())
                .isEqualTo(200);
        assertThat(api.header("If-Match", feedTag).delete("/api/v1/feeds/" + feed).status())
                .as("enabling changed the feed's JSON").isEqualTo(412);
        String enabled = api.get("/api/v1/feeds/" + feed).header("ETag");
        assertThat(api.header("If-Match", enabled).delete("/api/v1/feeds/" + feed).status()).isEqualTo(204);
    }

    @Test
    void candidatesAnswerATagAndRefuseAStaleReview() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (FeedServer server = new FeedServer()) {
            server.serve("/feed.xml", "application/rss+xml", Feeds.rss("Wire", List.of(new Feeds.Item(tag,
                    "https://news.example.org/" + tag, "Russia launches 147 drones at Kharkiv (" + tag + ")",
                    "Russia launched 147 drones overnight at Kharkiv, Ukraine's air force said on Saturday. Air"
                            + " defences shot down 97 drones.", "Sat, 16 Apr 2067 07:00:00 GMT"))));
            long feed = api.post("/api/v1/feeds", json("{'name':'Candidates " + tag + "','url':'"
                    + server.url("/feed.xml") + "','enabled':false}")).id();
            assertThat(api.post("/api/v1/feeds/" + feed + "/poll", null).json().get("itemsNew").asInt()).isEqualTo(1);
            long article = api.get("/api/v1/articles?feedId=" + feed).json().get("items").get(0).get("id").asLong();
            List<Long> candidates = new ArrayList<>();
            api.get("/api/v1/candidates?size=500").json().get("items").forEach(c -> {
                if (c.get("article").get("id").asLong() == article) {
                    candidates.add(c.get("id").asLong());
                }
            });
            assertThat(candidates).hasSize(1);
            String path = "/api/v1/candidates/" + candidates.get(0);
            Api.Response read = api.get(path);
            assertThat(read.header("ETag")).isEqualTo(digestOf(read.body()));
            assertThat(api.header("If-None-Match", read.header("ETag")).get(path).status()).isEqualTo(304);
            assertThat(api.header("If-Match", "\"stale\"").post(path + "/reject", json("{'reason':'no'}")).status())
                    .isEqualTo(412);
            assertThat(api.get(path).json().get("status").asString()).isEqualTo("PENDING");
            Api.Response rejected = api.header("If-Match", read.header("ETag")).post(path + "/reject",
                    json("{'reason':'duplicate'}"));
            assertThat(rejected.status()).isEqualTo(200);
            assertThat(rejected.header("ETag")).isEqualTo(api.get(path).header("ETag")).isNotEqualTo(read.header("ETag"));
        }
    }

    @Test
    void aCeasefireStatusChangeMovesTheTagOfAStrikeItCovers() {
        Records records = new Records(api);
        long source = records.source();
        String place = "Tag-town " + UUID.randomUUID();
        long strike = api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'2066-05-02T01:00:00Z',"
                + "'endedAt':'2066-05-02T03:00:00Z','timePrecision':'HOUR','place':'" + place + "','country':'UA',"
                + "'weaponCategory':'DRONE','claims':[" + Records.claimBody(source, 10) + "]}")).id();
        String path = "/api/v1/strikes/" + strike;
        long ceasefire = api.post("/api/v1/ceasefires", json("{'name':'Local truce " + place + "','scope':'LOCAL',"
                + "'areas':['" + place + "'],'parties':[{'party':'RU','position':'ACCEPTED'},{'party':'UA',"
                + "'position':'ACCEPTED'}],'proposedAt':'2066-04-01T00:00:00Z'}")).id();
        Api.Response before = api.get(path);
        assertThat(before.json().get("ceasefires")).isEmpty();
        String seen = before.header("ETag");

        // the cease-fire enters into force: the strike's JSON now lists it, so its tag moves
        assertThat(api.post("/api/v1/ceasefires/" + ceasefire + "/transitions",
                json("{'to':'IN_FORCE','at':'2066-05-01T00:00:00Z'}")).status()).isEqualTo(201);
        Api.Response covered = api.get(path);
        assertThat(covered.json().get("ceasefires").get(0).get("id").asLong()).isEqualTo(ceasefire);
        assertThat(covered.json().get("ceasefires").get(0).get("certainty").asString()).isEqualTo("CERTAIN");
        assertThat(covered.header("ETag")).isNotEqualTo(seen);
        assertThat(api.header("If-None-Match", seen).get(path).status()).isEqualTo(200);
        // the same answer through the ordinary chain (a CORS request takes it): same bytes, same tag
        Api.Response ordinary = api.anonymous().header("Origin", "https://dashboard.example.org").get(path);
        assertThat(ordinary.body()).isEqualTo(covered.body());
        assertThat(ordinary.header("ETag")).isEqualTo(covered.header("ETag"));

        // writes based on the representation without the cease-fire are stale, though the strike's row is not
        Api stale = api.header("If-Match", seen);
        assertThat(stale.patch(path, json("{'place':'" + place + "'}"), MERGE).status()).isEqualTo(412);
        assertThat(stale.put(path, Records.strikeBody(source, place, 11)).status()).isEqualTo(412);
        assertThat(stale.post(path + "/claims", Records.claimBody(source, 12)).status()).isEqualTo(412);
        assertThat(stale.delete(path).status()).isEqualTo(412);
        assertThat(api.get(path + "/claims").json().get("items")).hasSize(1);

        // the cease-fire collapses, a later status: the coverage (and tag) stay current
        assertThat(api.post("/api/v1/ceasefires/" + ceasefire + "/transitions",
                json("{'to':'COLLAPSED','at':'2066-05-02T02:00:00Z'}")).status()).isEqualTo(201);
        Api.Response possible = api.get(path);
        assertThat(possible.json().get("ceasefires").get(0).get("certainty").asString()).isEqualTo("POSSIBLE");
        assertThat(possible.header("ETag")).isNotEqualTo(covered.header("ETag"));

        // the current tag lets a claim through; the answer carries the strike's new tag
        Api.Response added = api.header("If-Match", possible.header("ETag")).post(path + "/claims",
                Records.claimBody(source, 12));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("ETag")).isEqualTo(api.get(path).header("ETag"));
    }

    @Test
    void aCitedSourceChangingMovesTheStrikeTag() {
        Records records = new Records(api);
        long source = records.source();
        String path = "/api/v1/strikes/" + records.strike(source, "Source tag");
        String seen = api.get(path).header("ETag");
        JsonNode current = api.get("/api/v1/sources/" + source).json();
        assertThat(api.put("/api/v1/sources/" + source, json("{'publisher':'Fixture wire','kind':'MEDIA','url':'"
                + current.get("url").asString() + "','title':'Retitled " + UUID.randomUUID() + "'}")).status())
                .isEqualTo(200);
        Api.Response after = api.get(path);
        assertThat(after.json().get("claims").get(0).get("source").get("title").asString()).startsWith("Retitled");
        assertThat(after.header("ETag")).isNotEqualTo(seen);
        assertThat(api.header("If-Match", seen).patch(path, json("{'place':'Lost'}"), MERGE).status()).isEqualTo(412);
        assertThat(api.header("If-Match", after.header("ETag")).patch(path, json("{'place':'Kept'}"), MERGE).status())
                .isEqualTo(200);
    }

    @Test
    void transitionsAndPositionsAreCheckedAgainstTheCeasefireTag() {
        Records records = new Records(api);
        long ceasefire = records.ceasefire("Parent tag " + UUID.randomUUID());
        String path = "/api/v1/ceasefires/" + ceasefire;
        String seen = api.get(path).header("ETag");
        Api.Response moved = api.header("If-Match", seen).put(path + "/parties/UA",
                json("{'position':'ACCEPTED_WITH_CONDITIONS','at':'2025-03-19T00:00:00Z'}"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(api.header("If-Match", seen).post(path + "/transitions",
                json("{'to':'AGREED','at':'2025-03-20T00:00:00Z'}")).status()).isEqualTo(412);
        assertThat(api.header("If-Match", seen).put(path + "/parties/RU",
                json("{'position':'REJECTED','at':'2025-03-20T00:00:00Z'}")).status()).isEqualTo(412);
        assertThat(api.get(path).json().get("status").asString()).isEqualTo("PROPOSED");
        String now = api.get(path).header("ETag");
        assertThat(api.header("If-Match", now).post(path + "/transitions",
                json("{'to':'AGREED','at':'2025-03-20T00:00:00Z'}")).status()).isEqualTo(201);
    }
}
