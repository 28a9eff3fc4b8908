package org.conflictledger.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One time-ordered stream of strikes, cease-fire history entries and negotiation events, paged by cursor. */
class TimelineIT extends IntegrationTest {

    private static final String MONTH = "from=2180-03-01T00:00:00Z&to=2180-04-01T00:00:00Z";

    private static boolean created;
    private static long ceasefire;
    private static long sameInstantStrike;

    @BeforeEach
    void data() {
        if (created) {
            return;
        }
        created = true;
        long source = api.post("/api/v1/sources", json("{'publisher':'Timeline test','kind':'MEDIA'}")).id();
        for (int day = 2; day <= 26; day += 3) {
            assertThat(api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'2180-03-"
                    + String.format("%02d", day) + "T20:00:00Z','timePrecision':'HOUR','place':'Kyiv','region':'Kyiv city',"
                    + "'weaponCategory':'DRONE','weaponModels':['Shahed-136/131'],'claims':[{'sourceId':" + source
                    + ",'launched':{'value':" + (40 + day) + ",'qualifier':'EXACT'}}]}")).status()).isEqualTo(201);
        }
        ceasefire = api.post("/api/v1/ceasefires", json("{'name':'Timeline truce','scope':'COMPREHENSIVE',"
                + "'parties':[{'party':'RU','position':'ACCEPTED'},{'party':'UA','position':'ACCEPTED'}],"
                + "'proposedAt':'2180-03-03T12:00:00Z'}")).id();
        api.post("/api/v1/ceasefires/" + ceasefire + "/transitions", json("{'to':'AGREED','at':'2180-03-05T20:00:00Z',"
                + "'note':'phone\\ncall'}"));
        api.post("/api/v1/ceasefires/" + ceasefire + "/transitions", json("{'to':'IN_FORCE','at':'2180-03-10T00:00:00Z'}"));
        api.post("/api/v1/ceasefires/" + ceasefire + "/transitions", json("{'to':'COLLAPSED','at':'2180-03-20T00:00:00Z'}"));
        // at the same instant as the cease-fire's agreement: the strike comes first
        sameInstantStrike = api.post("/api/v1/strikes", json("{'attacker':'UA','target':'RU','startedAt':'2180-03-05T20:00:00Z',"
                + "'timePrecision':'MINUTE','claims':[{'sourceId':" + source + "}]}")).id();
        for (int day : new int[] {4, 11, 30}) {
            assertThat(api.post("/api/v1/negotiations", json("{'kind':'MEETING','occurredAt':'2180-03-"
                    + String.format("%02d", day) + "T12:00:00Z','timePrecision':'DAY','place':'Riyadh','country':'SA',"
                    + "'participants':[{'name':"
                    + "'Envoy " + day + "','party':'US','capacity':'ENVOY'}],'topics':['CEASEFIRE']}")).status())
                    .isEqualTo(201);
        }
    }

    private List<JsonNode> walk(String query, int limit) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode page = api.get("/api/v1/timeline?" + query + "&limit=" + limit).json();
        while (true) {
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            page.get("items").forEach(items::add);
            if (!page.has("nextCursor")) {
                return items;
            }
            page = api.get("/api/v1/timeline?" + query + "&limit=" + limit + "&cursor="
                    + URLEncoder.encode(page.get("nextCursor").asString(), StandardCharsets.UTF_8)).json();
        }
    }

    private static String key(JsonNode item) {
        return item.get("kind").asString() + " " + item.get("id").asLong()
                + (item.has("entryId") ? "/" + item.get("entryId").asLong() : "");
    }

    @Test
    void streamsAllThreeKindsInTimeOrderPageByPage() {
        List<JsonNode> items = walk(MONTH, 3);
        assertThat(items).hasSize(9 + 4 + 1 + 3);
        List<String> keys = items.stream().map(TimelineIT::key).toList();
        assertThat(walk(MONTH, 500).stream().map(TimelineIT::key).toList()).as("any page size, same stream").isEqualTo(keys);
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).get("time").asString()).isGreaterThanOrEqualTo(items.get(i - 1).get("time").asString());
        }
        for (JsonNode item : items) {
            assertThat(item.get("summary").asString()).isNotBlank().doesNotContain("\n");
            String kind = item.get("kind").asString();
            String path = switch (kind) {
                case "STRIKE" -> "strikes";
                case "CEASEFIRE" -> "ceasefires";
                default -> "negotiations";
            };
            assertThat(item.get("link").asString()).isEqualTo("/api/v1/" + path + "/" + item.get("id").asLong());
        }
        assertThat(keys.indexOf("STRIKE " + sameInstantStrike)).isEqualTo(keys.indexOf("CEASEFIRE " + ceasefire + "/"
                + items.stream().filter(i -> "AGREED".equals(i.path("toStatus").asString(null))).findFirst().orElseThrow()
                .get("entryId").asLong()) - 1);
        JsonNode proposed = items.stream().filter(i -> i.get("kind").asString().equals("CEASEFIRE")).findFirst().orElseThrow();
        assertThat(proposed.get("summary").asString()).isEqualTo("Timeline truce (COMPREHENSIVE) proposed");
        assertThat(items.stream().filter(i -> i.get("kind").asString().equals("CEASEFIRE")).skip(1).findFirst()
                .orElseThrow().get("summary").asString()).isEqualTo("Timeline truce: PROPOSED → AGREED (phone call)");
        assertThat(items.get(0).get("summary").asString())
                .isEqualTo("RU DRONE strike on UA (Shahed-136/131) at Kyiv, Kyiv city: launched 42");
    }

    @Test
    void filtersByKindAndExportsEveryItemAsCsv() {
        List<JsonNode> notStrikes = walk(MONTH + "&kinds=ceasefire,NEGOTIATION", 2);
        assertThat(notStrikes).hasSize(7).noneMatch(i -> i.get("kind").asString().equals("STRIKE"));

        Api.Response csv = api.header("Accept", "text/csv").get("/api/v1/timeline?" + MONTH);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("kind,time,id,entryId,summary,link");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",");
            ids.add(fields[0] + " " + fields[2] + (fields[3].isEmpty() ? "" : "/" + fields[3]));
        }
        assertThat(ids).isEqualTo(walk(MONTH, 500).stream().map(TimelineIT::key).toList());
        assertThat(api.get("/api/v1/timeline?format=csv&" + MONTH).body().split("\r\n")).hasSize(lines.length);
    }

    @Test
    void refusesBadParametersNamingThem() {
        for (String[] bad : List.of(new String[] {"cursor=nonsense", "cursor"}, new String[] {"kinds=STRIKE,BATTLE", "kinds"},
                new String[] {"limit=501", "limit"}, new String[] {"size=0", "size"}, new String[] {"from=soon", "from"})) {
            Api.Response response = api.get("/api/v1/timeline?" + bad[0]);
            assertThat(response.status()).as(bad[0]).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(bad[1]);
        }
        JsonNode last = api.get("/api/v1/timeline?" + MONTH + "&limit=500").json();
        assertThat(last.has("nextCursor")).as("no nextCursor on the last page").isFalse();
    }
}
