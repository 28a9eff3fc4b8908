package org.conflictledger.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.conflictledger.strike.StrikeRollupRefresher;
import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Compliance reports: which strikes an energy moratorium covers, per party, per day against the
 * baseline before it, the allegations, and always as the cease-fire and the strikes stand now.
 * Each test has parties of its own, so the numbers are exact.
 */
class ComplianceIT extends IntegrationTest {

    private String ru;
    private String ua;
    private long source;

    @BeforeEach
    void parties() {
        ru = party();
        ua = party();
        source = api.post("/api/v1/sources", json("{'publisher':'Compliance test','kind':'MEDIA'}")).id();
    }

    private String party() {
        String code = "C" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36)
                .toUpperCase(Locale.ROOT);
        assertThat(api.post("/api/v1/parties", json("{'code':'" + code + "','name':'Party " + code + "','kind':'STATE'}"))
                .status()).isEqualTo(201);
        return code;
    }

    private long strike(String attacker, String target, String start, String end, String category) {
        Api.Response created = api.post("/api/v1/strikes", json("{'attacker':'" + attacker + "','target':'" + target
                + "','startedAt':'" + start + "','endedAt':'" + end + "','timePrecision':'HOUR','region':'Compliance oblast',"
                + "'targetCategories':['" + category + "'],'claims':[{'sourceId':" + source + "}]}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private long moratorium() {
        return api.post("/api/v1/ceasefires", json("{'name':'Energy moratorium " + ru + "','scope':'ENERGY_INFRASTRUCTURE',"
                + "'parties':[{'party':'" + ru + "','position':'ACCEPTED'},{'party':'" + ua + "','position':"
                + "'ACCEPTED_WITH_CONDITIONS','conditions':'monitoring'}],'mediators':['US'],"
                + "'proposedAt':'2170-03-18T00:00:00Z'}")).id();
    }

    private Api.Response move(long ceasefire, String to, String at) {
        return api.post("/api/v1/ceasefires/" + ceasefire + "/transitions", json("{'to':'" + to + "','at':'" + at + "'}"));
    }

    private static List<Long> ids(JsonNode report) {
        List<Long> ids = new ArrayList<>();
        report.get("strikes").get("items").forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
    }

    private static List<Long> ceasefireIds(JsonNode strike) {
        List<Long> ids = new ArrayList<>();
        strike.get("ceasefires").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    @Test
    void coversAnEnergyStrikeUnderAnInForceMoratoriumButNotAResidentialOne() {
        long ceasefire = moratorium();
        assertThat(move(ceasefire, "AGREED", "2170-03-18T18:00:00Z").status()).isEqualTo(201);
        assertThat(move(ceasefire, "IN_FORCE", "2170-03-19T00:00:00Z").status()).isEqualTo(201);

        long energy = strike(ru, ua, "2170-03-20T01:00:00Z", "2170-03-20T03:00:00Z", "ENERGY");
        long residential = strike(ru, ua, "2170-03-20T01:00:00Z", "2170-03-20T03:00:00Z", "RESIDENTIAL");

        JsonNode report = api.get("/api/v1/ceasefires/" + ceasefire + "/compliance").json();
        assertThat(ids(report)).containsExactly(energy);
        JsonNode item = report.get("strikes").get("items").get(0);
        assertThat(item.get("attacker").asString()).isEqualTo(ru);
        assertThat(item.get("startedAt").asString()).isEqualTo("2170-03-20T01:00:00Z");
        assertThat(item.get("certainty").asString()).isEqualTo("CERTAIN");
        assertThat(item.get("link").asString()).isEqualTo("/api/v1/strikes/" + energy);
        assertThat(report.get("ceasefire").get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(report.get("window").get("until").isNull()).as("still in force: until now").isFalse();

        assertThat(ceasefireIds(api.get("/api/v1/strikes/" + energy).json())).contains(ceasefire);
        assertThat(ceasefireIds(api.get("/api/v1/strikes/" + residential).json())).doesNotContain(ceasefire);
    }

    @Test
    void countsPerPartyAndDayAgainstTheBaselineBeforeIt() {
        // baseline 16-19 March, in force 19-22 March
        strike(ru, ua, "2170-03-16T10:00:00Z", "2170-03-16T11:00:00Z", "ENERGY");
        strike(ru, ua, "2170-03-17T10:00:00Z", "2170-03-17T11:00:00Z", "ENERGY");
        strike(ua, ru, "2170-03-18T23:30:00Z", "2170-03-18T23:45:00Z", "ENERGY");
        strike(ru, ua, "2170-03-17T10:00:00Z", "2170-03-17T11:00:00Z", "RESIDENTIAL");
        long before = strike(ru, ua, "2170-03-18T22:00:00Z", "2170-03-19T02:00:00Z", "ENERGY");
        long first = strike(ru, ua, "2170-03-19T08:00:00Z", "2170-03-19T09:00:00Z", "ENERGY");
        long second = strike(ru, ua, "2170-03-19T12:00:00Z", "2170-03-19T13:00:00Z", "ENERGY");
        long third = strike(ua, ru, "2170-03-21T22:30:00Z", "2170-03-21T22:45:00Z", "ENERGY");
        strike(ua, ru, "2170-03-20T12:00:00Z", "2170-03-20T13:00:00Z", "MILITARY");
        strike(ru, ua, "2170-03-23T12:00:00Z", "2170-03-23T13:00:00Z", "ENERGY");

        // recorded after its strikes: it covers them at once
        long ceasefire = moratorium();
        move(ceasefire, "IN_FORCE", "2170-03-19T00:00:00Z");
        move(ceasefire, "EXPIRED", "2170-03-22T00:00:00Z");
        api.post("/api/v1/ceasefires/" + ceasefire + "/allegations", json("{'accuser':'" + ua + "','accused':'" + ru
                + "','at':'2170-03-19T08:00:00Z','strikeId':" + first + "}"));
        api.post("/api/v1/ceasefires/" + ceasefire + "/allegations", json("{'accuser':'" + ua + "','accused':'" + ru
                + "','at':'2170-03-19T12:00:00Z'}"));
        api.post("/api/v1/ceasefires/" + ceasefire + "/allegations", json("{'accuser':'" + ru + "','accused':'" + ua
                + "','at':'2170-03-21T21:30:00Z'}"));

        JsonNode report = api.get("/api/v1/ceasefires/" + ceasefire + "/compliance").json();
        assertThat(ids(report)).containsExactly(before, first, second, third);
        assertThat(report.get("strikes").get("items").get(0).get("certainty").asString()).isEqualTo("POSSIBLE");
        assertThat(report.get("covered").toString()).isEqualTo("{\"total\":4,\"certain\":3,\"possible\":1}");
        assertThat(report.get("window").toString())
                .isEqualTo("{\"from\":\"2170-03-19T00:00:00Z\",\"until\":\"2170-03-22T00:00:00Z\"}");
        assertThat(report.get("baseline").toString())
                .isEqualTo("{\"from\":\"2170-03-16T00:00:00Z\",\"until\":\"2170-03-19T00:00:00Z\"}");

        assertThat(report.get("parties")).hasSize(2);
        JsonNode attacker = party(report, ru);
        assertThat(attacker.get("position").asString()).isEqualTo("ACCEPTED");
        assertThat(attacker.get("covered").toString()).isEqualTo("{\"total\":3,\"certain\":2,\"possible\":1}");
        assertThat(perDay(attacker.get("inForce"))).containsExactly("2170-03-19 3", "2170-03-20 0", "2170-03-21 0");
        assertThat(perDay(attacker.get("baseline"))).containsExactly("2170-03-16 1", "2170-03-17 1", "2170-03-18 1");
        assertThat(attacker.get("allegationsAgainst").asLong()).isEqualTo(2);
        JsonNode defender = party(report, ua);
        assertThat(perDay(defender.get("inForce"))).containsExactly("2170-03-19 0", "2170-03-20 0", "2170-03-21 1");
        assertThat(perDay(defender.get("baseline"))).containsExactly("2170-03-16 0", "2170-03-17 0", "2170-03-18 1");

        assertThat(report.get("allegations").get("total").asLong()).isEqualTo(3);
        String byRu = "{\"accuser\":\"" + ru + "\",\"total\":1,\"against\":[{\"party\":\"" + ua + "\",\"count\":1}]}";
        String byUa = "{\"accuser\":\"" + ua + "\",\"total\":2,\"against\":[{\"party\":\"" + ru + "\",\"count\":2}]}";
        // by accuser code
        assertThat(report.get("allegations").get("byAccuser").toString())
                .isEqualTo("[" + (ru.compareTo(ua) < 0 ? byRu + "," + byUa : byUa + "," + byRu) + "]");

        // in Kyiv (UTC+2 until the end of March) the late-evening strikes fall on the next local day
        JsonNode kyiv = api.get("/api/v1/ceasefires/" + ceasefire + "/compliance?tz=Europe/Kyiv").json();
        assertThat(perDay(party(kyiv, ua).get("inForce")))
                .containsExactly("2170-03-19 0", "2170-03-20 0", "2170-03-21 0", "2170-03-22 1");
        assertThat(perDay(party(kyiv, ua).get("baseline")))
                .containsExactly("2170-03-16 0", "2170-03-17 0", "2170-03-18 0", "2170-03-19 1");

        JsonNode paged = api.get("/api/v1/ceasefires/" + ceasefire + "/compliance?size=2&page=1").json();
        assertThat(ids(paged)).containsExactly(second, third);
        assertThat(paged.get("strikes").get("total").asLong()).isEqualTo(4);
        assertThat(paged.get("strikes").get("size").asInt()).isEqualTo(2);
    }

    private static JsonNode party(JsonNode report, String code) {
        for (JsonNode party : report.get("parties")) {
            if (party.get("party").asString().equals(code)) {
                return party;
            }
        }
        throw new AssertionError("no party " + code + " in " + report.get("parties"));
    }

    private static List<String> perDay(JsonNode series) {
        List<String> days = new ArrayList<>();
        series.get("perDay").forEach(d -> days.add(d.get("date").asString() + " " + d.get("strikes").asLong()));
        return days;
    }

    @Test
    void followsTheHistoryAsItChanges() {
        long energy = strike(ru, ua, "2170-05-02T10:00:00Z", "2170-05-02T11:00:00Z", "ENERGY");
        long ceasefire = moratorium();
        JsonNode inForce = move(ceasefire, "IN_FORCE", "2170-05-01T00:00:00Z").json();
        assertThat(ids(api.get("/api/v1/ceasefires/" + ceasefire + "/compliance").json())).containsExactly(energy);

        long entry = inForce.get("history").get(1).get("id").asLong();
        assertThat(api.delete("/api/v1/ceasefires/" + ceasefire + "/transitions/" + entry).status()).isEqualTo(204);
        JsonNode undone = api.get("/api/v1/ceasefires/" + ceasefire + "/compliance").json();
        assertThat(ids(undone)).isEmpty();
        assertThat(undone.get("window").isNull()).isTrue();
        assertThat(ceasefireIds(api.get("/api/v1/strikes/" + energy).json())).doesNotContain(ceasefire);

        move(ceasefire, "IN_FORCE", "2170-05-02T10:30:00Z");
        JsonNode again = api.get("/api/v1/ceasefires/" + ceasefire + "/compliance").json();
        assertThat(again.get("strikes").get("items").get(0).get("certainty").asString()).isEqualTo("POSSIBLE");
        api.put("/api/v1/ceasefires/" + ceasefire + "/parties/" + ua, json("{'position':'REJECTED'}"));
        assertThat(ids(api.get("/api/v1/ceasefires/" + ceasefire + "/compliance").json())).isEmpty();
    }

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void answersAfreshAfterEveryWriteEvenWhenTheReportWasKept() {
        long ceasefire = moratorium();
        move(ceasefire, "IN_FORCE", "2170-07-01T00:00:00Z");
        move(ceasefire, "EXPIRED", "2170-07-10T00:00:00Z");
        String path = "/api/v1/ceasefires/" + ceasefire + "/compliance";
        assertThat(ids(api.get(path).json())).isEmpty();
        assertThat(ids(api.get(path).json())).isEmpty();

        long energy = strike(ru, ua, "2170-07-02T10:00:00Z", "2170-07-02T11:00:00Z", "ENERGY");
        assertThat(ids(api.get(path).json())).containsExactly(energy);

        api.post(path.replace("compliance", "allegations"), json("{'accuser':'" + ua + "','accused':'" + ru
                + "','at':'2170-07-02T10:00:00Z'}"));
        assertThat(api.get(path).json().get("allegations").get("total").asLong()).isEqualTo(1);

        // writes that bypass the service count as much
        jdbc.update("update ceasefire_party set position = 'REJECTED' where ceasefire_id = ? and party = ?", ceasefire, ua);
        assertThat(ids(api.get(path).json())).isEmpty();
        jdbc.update("update ceasefire_party set position = 'ACCEPTED' where ceasefire_id = ? and party = ?", ceasefire, ua);
        jdbc.update("update strike set target_categories = '{RESIDENTIAL}' where id = ?", energy);
        assertThat(ids(api.get(path).json())).isEmpty();
    }

    @Autowired
    private StrikeRollupRefresher refresher;

    @Autowired
    private TransactionTemplate transactions;

    /** Changes a strike's categories with the triggers off: no day is marked dirty, so only a fresh read sees it. */
    private void hidden(long strike, String category) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            assertThat(jdbc.update("update strike set target_categories = array[?] where id = ?", category, strike))
                    .isEqualTo(1);
        });
    }

    @Test
    void keepsTheReportOfAnEndedCeasefireOnlyWhileNothingItReadsHasChanged() {
        long energy = strike(ru, ua, "2170-09-02T10:00:00Z", "2170-09-02T11:00:00Z", "ENERGY");
        long ended = moratorium();
        move(ended, "IN_FORCE", "2170-09-01T00:00:00Z");
        move(ended, "EXPIRED", "2170-09-10T00:00:00Z");
        refresher.refreshAll();
        String path = "/api/v1/ceasefires/" + ended + "/compliance";
        assertThat(ids(api.get(path).json())).containsExactly(energy);

        // kept: a change no trigger saw does not show
        hidden(energy, "RESIDENTIAL");
        assertThat(ids(api.get(path).json())).containsExactly(energy);
        // another page or zone is another answer, read afresh
        assertThat(ids(api.get(path + "?tz=Europe/Kyiv").json())).isEmpty();
        // a new generation of the rollups: read afresh
        jdbc.update("update strike_rollup_generation set n = n + 1");
        assertThat(ids(api.get(path).json())).isEmpty();
        hidden(energy, "ENERGY");
        jdbc.update("update strike_rollup_generation set n = n + 1");
        assertThat(ids(api.get(path).json())).containsExactly(energy);

        // a write to the cease-fire's rows moves its version: read afresh at once
        api.post(path.replace("compliance", "allegations"), json("{'accuser':'" + ua + "','accused':'" + ru
                + "','at':'2170-09-02T10:00:00Z'}"));
        assertThat(api.get(path).json().get("allegations").get("total").asLong()).isEqualTo(1);
        // so does a write to any of its rows that bypasses the service: an allegation, the cease-fire, its history
        jdbc.update("delete from ceasefire_allegation where ceasefire_id = ?", ended);
        assertThat(api.get(path).json().get("allegations").get("total").asLong()).isZero();
        jdbc.update("update ceasefire set scope = 'MARITIME' where id = ?", ended);
        assertThat(ids(api.get(path).json())).isEmpty();
        jdbc.update("update ceasefire set scope = 'ENERGY_INFRASTRUCTURE' where id = ?", ended);
        assertThat(ids(api.get(path).json())).containsExactly(energy);
        jdbc.update("update ceasefire_transition set at = at + interval '2 days' where ceasefire_id = ? and to_status = 'IN_FORCE'",
                ended);
        assertThat(ids(api.get(path).json())).isEmpty();
        jdbc.update("update ceasefire_transition set at = at - interval '2 days' where ceasefire_id = ? and to_status = 'IN_FORCE'",
                ended);
        assertThat(ids(api.get(path).json())).containsExactly(energy);
        // and a strike written before its end: its day is dirty, read afresh with no refresh
        long second = strike(ru, ua, "2170-08-30T10:00:00Z", "2170-09-01T11:00:00Z", "ENERGY");
        assertThat(ids(api.get(path).json())).containsExactly(second, energy);

        // a cease-fire still in force: its window ends now, so its report is never kept
        long open = moratorium();
        move(open, "IN_FORCE", "2170-09-01T00:00:00Z");
        refresher.refreshAll();
        String openPath = "/api/v1/ceasefires/" + open + "/compliance";
        assertThat(ids(api.get(openPath).json())).containsExactly(second, energy);
        hidden(energy, "RESIDENTIAL");
        assertThat(ids(api.get(openPath).json())).containsExactly(second);
        hidden(energy, "ENERGY");
    }

    @Test
    void answers404ForAnUnknownCeasefireAnd400ForAnUnknownZone() {
        assertThat(api.get("/api/v1/ceasefires/987654321/compliance").status()).isEqualTo(404);
        long ceasefire = moratorium();
        Api.Response zone = api.get("/api/v1/ceasefires/" + ceasefire + "/compliance?tz=Kyiv");
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.json().get("errors").get(0).get("field").asString()).isEqualTo("tz");
    }
}
