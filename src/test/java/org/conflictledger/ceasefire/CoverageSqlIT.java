package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The SQL form of coverage (a strike's own JSON, compliance reports) and the in-force intervals the
 * trigger keeps give exactly what CoverageRule gives, on random cease-fires, histories, positions,
 * scopes, areas and strike windows — also after transitions are undone and a cease-fire is deleted.
 */
class CoverageSqlIT extends IntegrationTest {

    private static final String[] SCOPES = {"COMPREHENSIVE", "ENERGY_INFRASTRUCTURE", "MARITIME", "LOCAL",
            "HUMANITARIAN_CORRIDOR", "HOLIDAY"};
    private static final String[] POSITIONS = {"PROPOSER", "ACCEPTED", "ACCEPTED_WITH_CONDITIONS", "REJECTED",
            "NO_RESPONSE"};
    private static final String[] PLACES = {"Kherson", "Mariupol corridor", "Odesa oblast", "Sumy oblast"};
    private static final Map<String, List<String>> MOVES = Map.of(
            "PROPOSED", List.of("AGREED", "IN_FORCE", "REJECTED", "WITHDRAWN"),
            "AGREED", List.of("IN_FORCE", "IN_FORCE", "COLLAPSED", "WITHDRAWN"),
            "IN_FORCE", List.of("SUSPENDED", "SUSPENDED", "EXPIRED", "COLLAPSED"),
            "SUSPENDED", List.of("IN_FORCE", "IN_FORCE", "EXPIRED", "COLLAPSED"));

    @Autowired
    private CeasefireCoverage coverage;

    @Autowired
    private JdbcTemplate jdbc;

    private final Random random = new Random(2160);

    @Test
    void sqlCoverageEqualsTheRuleOnRandomCeasefiresAndStrikes() {
        List<String> parties = List.of(CeasefireFixtures.newParty(api), CeasefireFixtures.newParty(api),
                CeasefireFixtures.newParty(api));
        long source = api.post("/api/v1/sources", json("{'publisher':'Coverage SQL test','kind':'MEDIA'}")).id();
        List<Long> ceasefires = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ceasefires.add(randomCeasefire(parties));
        }
        List<StrikeFacts> strikes = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            strikes.add(randomStrike(parties, source));
        }
        assertSqlEqualsRule(ceasefires, strikes);

        // histories change: the latest transition of some is undone, one cease-fire goes
        for (long id : ceasefires.subList(0, 4)) {
            JsonNode history = api.get("/api/v1/ceasefires/" + id).json().get("history");
            if (history.size() > 1) {
                long last = history.get(history.size() - 1).get("id").asLong();
                assertThat(api.delete("/api/v1/ceasefires/" + id + "/transitions/" + last).status()).isEqualTo(204);
            }
        }
        assertThat(api.delete("/api/v1/ceasefires/" + ceasefires.get(5)).status()).isEqualTo(204);
        ceasefires.remove(5);
        assertThat(jdbc.queryForObject("select count(*) from ceasefire_in_force where ceasefire_id not in"
                + " (select id from ceasefire)", Integer.class)).isZero();
        assertSqlEqualsRule(ceasefires, strikes);
    }

    private void assertSqlEqualsRule(List<Long> ceasefires, List<StrikeFacts> strikes) {
        // the in-force intervals the trigger keeps are the ones the rule derives from the history
        for (long id : ceasefires) {
            List<String> rule = new ArrayList<>();
            api.get("/api/v1/ceasefires/" + id).json().get("inForce").forEach(i -> rule.add(
                    i.get("from").asString() + "/" + (i.get("until").isNull() ? "open" : i.get("until").asString())));
            List<String> table = jdbc.query("select from_at, until_at from ceasefire_in_force where ceasefire_id = ?"
                    + " order by from_at", (rs, n) -> rs.getTimestamp("from_at").toInstant() + "/"
                    + (rs.getTimestamp("until_at") == null ? "open" : rs.getTimestamp("until_at").toInstant().toString()),
                    id);
            assertThat(table).as("in-force intervals of cease-fire " + id).isEqualTo(rule);
        }
        // a strike's JSON (SQL) lists exactly the cease-fires the rule finds
        Map<Long, List<CoveringCeasefire>> expected = coverage.covering(strikes);
        int covered = 0;
        for (StrikeFacts strike : strikes) {
            List<String> sql = new ArrayList<>();
            api.get("/api/v1/strikes/" + strike.strikeId()).json().get("ceasefires").forEach(c -> sql.add(
                    c.get("id").asLong() + " " + c.get("certainty").asString()));
            List<String> rule = expected.get(strike.strikeId()).stream().map(c -> c.id() + " " + c.certainty()).toList();
            assertThat(sql).as("cease-fires of strike " + strike).isEqualTo(rule);
            covered += rule.isEmpty() ? 0 : 1;
        }
        assertThat(covered).as("the random data covers some strikes, not all").isBetween(10, strikes.size() - 10);
        // a compliance report lists exactly the strikes the rule says the cease-fire covers
        for (long id : ceasefires) {
            Set<String> rule = new TreeSet<>();
            expected.forEach((strike, covering) -> covering.stream().filter(c -> c.id() == id)
                    .forEach(c -> rule.add(strike + " " + c.certainty())));
            Set<String> sql = new TreeSet<>();
            JsonNode report = api.get("/api/v1/ceasefires/" + id + "/compliance?size=500").json();
            report.get("strikes").get("items").forEach(s -> sql.add(s.get("id").asLong() + " " + s.get("certainty").asString()));
            assertThat(sql).as("strikes in the compliance report of cease-fire " + id).isEqualTo(rule);
            assertThat(report.get("strikes").get("total").asLong()).isEqualTo(rule.size());
        }
    }

    private long randomCeasefire(List<String> parties) {
        String scope = SCOPES[random.nextInt(SCOPES.length)];
        List<String> positions = new ArrayList<>();
        for (String party : parties) {
            if (random.nextInt(8) > 0) {
                positions.add("{'party':'" + party + "','position':'" + POSITIONS[random.nextInt(random.nextBoolean() ? 3 : 5)]
                        + "'}");
            }
        }
        String areas = "'areas':['" + PLACES[random.nextInt(PLACES.length)].toUpperCase() + "','  "
                + PLACES[random.nextInt(PLACES.length)].toLowerCase() + " ']";
        long id = CeasefireFixtures.create(api, json("{'name':'Random " + scope + "','scope':'" + scope + "',"
                + areas + ",'parties':[" + String.join(",", positions) + "],'proposedAt':'2160-01-01T00:00:00Z'}"))
                .get("id").asLong();
        String status = "PROPOSED";
        Instant at = Instant.parse("2160-01-01T00:00:00Z");
        for (int step = 0; step < 6 && MOVES.containsKey(status); step++) {
            // sometimes at the same instant: an empty in-force interval, or two that touch and merge
            at = at.plusSeconds(random.nextInt(5) == 0 ? 0 : 3600L * (1 + random.nextInt(72)) + 1800L * random.nextInt(2));
            String to = MOVES.get(status).get(random.nextInt(4));
            Api.Response moved = CeasefireFixtures.move(api, id, to, at.toString());
            assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
            status = to;
        }
        return id;
    }

    private StrikeFacts randomStrike(List<String> parties, long source) {
        int a = random.nextInt(3);
        String attacker = parties.get(a);
        String target = parties.get((a + 1 + random.nextInt(2)) % 3);
        Instant start = Instant.parse("2160-01-01T00:00:00Z").plusSeconds(1800L * random.nextInt(10 * 48));
        long length = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1800L * random.nextInt(8);
            case 2 -> 3600L * random.nextInt(48);
            default -> 86400L * random.nextInt(6);
        };
        Instant end = start.plusSeconds(length);
        Set<String> categories = new HashSet<>();
        for (String category : List.of("ENERGY", "PORT", "RESIDENTIAL")) {
            if (random.nextInt(3) == 0) {
                categories.add(category);
            }
        }
        String region = PLACES[random.nextInt(PLACES.length)];
        String place = random.nextBoolean() ? PLACES[random.nextInt(PLACES.length)] : null;
        Api.Response created = api.post("/api/v1/strikes", json("{'attacker':'" + attacker + "','target':'" + target
                + "','startedAt':'" + start + "','endedAt':'" + end + "','timePrecision':'MINUTE','region':'" + region
                + "'" + (place == null ? "" : ",'place':'" + place + "'") + ",'targetCategories':["
                + String.join(",", categories.stream().map(c -> "'" + c + "'").toList()) + "],'claims':[{'sourceId':"
                + source + "}]}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new StrikeFacts(created.id(), attacker, target, start, end, region, place, categories);
    }
}
