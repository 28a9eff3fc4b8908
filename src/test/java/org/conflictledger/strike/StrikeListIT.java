package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Keyset pages give the same rows as offset pages for every sort, and totals from the rollups equal a count. */
class StrikeListIT extends IntegrationTest {

    @Autowired
    private StrikeRollups rollups;

    @Autowired
    private JdbcTemplate jdbc;

    private String region;

    @BeforeEach
    void strikes() {
        region = "List oblast " + UUID.randomUUID();
        long source = api.post("/api/v1/sources", json("{'publisher':'List test','kind':'MEDIA'}")).id();
        for (int i = 0; i < 23; i++) {
            // pairs of strikes at the same instant, and some that state no launched or killed figure
            String at = "2092-05-" + String.format("%02d", 1 + i / 2) + "T1" + (i % 3) + ":00:00Z";
            String figures = (i % 4 == 0 ? "" : ",'launched':{'value':" + (i % 5) * 10 + ",'qualifier':'EXACT'}")
                    + (i % 3 == 0 ? ",'killed':{'value':" + i % 2 + ",'qualifier':'EXACT'}" : "");
            Api.Response created = api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'" + at
                    + "','endedAt':'2092-06-" + String.format("%02d", 1 + (i * 7) % 23) + "T00:00:00Z','timePrecision':'HOUR',"
                    + "'region':'" + region + "','weaponCategory':'DRONE','claims':[{'sourceId':" + source + figures + "}]}"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
    }

    private String list(String query) {
        return "/api/v1/strikes?region=" + URLEncoder.encode(region, StandardCharsets.UTF_8) + query;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void walksEverySortByCursorThroughTheSameRowsAsOnePage() {
        for (String sort : List.of("", "&sort=startedAt", "&sort=-startedAt", "&sort=launched", "&sort=-launched",
                "&sort=killed,desc", "&sort=killed,asc", "&sort=endedAt", "&sort=-id", "&sort=createdAt", "&sort=-updatedAt")) {
            List<Long> all = ids(api.get(list(sort + "&size=500")).json());
            assertThat(all).hasSize(23);
            List<Long> walked = new ArrayList<>();
            JsonNode page = api.get(list(sort + "&size=4")).json();
            int pages = 1;
            while (true) {
                assertThat(page.get("total").asLong()).isEqualTo(23);
                walked.addAll(ids(page));
                if (!page.has("nextCursor")) {
                    break;
                }
                page = api.get(list(sort + "&size=4&cursor=" + page.get("nextCursor").asString())).json();
                pages++;
            }
            assertThat(walked).as("sort " + sort).isEqualTo(all);
            assertThat(pages).isEqualTo(6);
            // offset pages agree, and carry a cursor to switch to keyset paging
            JsonNode third = api.get(list(sort + "&size=4&page=2")).json();
            assertThat(ids(third)).isEqualTo(all.subList(8, 12));
            assertThat(ids(api.get(list(sort + "&size=4&cursor=" + third.get("nextCursor").asString())).json()))
                    .isEqualTo(all.subList(12, 16));
        }
    }

    @Test
    void refusesACursorItDidNotMakeOrMadeForAnotherSort() {
        String cursor = api.get(list("&size=2&sort=launched")).json().get("nextCursor").asString();
        Api.Response other = api.get(list("&size=2&sort=startedAt&cursor=" + cursor));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).contains("cursor");
        Api.Response garbage = api.get(list("&cursor=not-a-cursor"));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }

    @Test
    void countsTotalsFromTheRollupsExactlyWhenTheyHoldTheFilter() {
        Instant from = Instant.parse("2092-05-01T00:00:00Z");
        Instant to = Instant.parse("2092-05-07T00:00:00Z");
        StrikeFilter filter = new StrikeFilter("RU", null, WeaponCategory.DRONE, null, null, null, null, from, to, null);
        Long counted = jdbc.queryForObject("select count(*) from strike where attacker = 'RU' and weapon_category = 'DRONE'"
                + " and started_at >= ? and started_at < ?", Long.class, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to));
        assertThat(rollups.count(filter)).hasValue(counted);
        JsonNode page = api.get("/api/v1/strikes?attacker=RU&weaponCategory=DRONE&from=2092-05-01&to=2092-05-07&size=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(counted);

        StrikeFilter byRegion = new StrikeFilter(null, null, null, null, region.toUpperCase(), null, null, null, null, null);
        assertThat(rollups.count(byRegion)).as("regions compare case-insensitively, as the list filter").hasValue(23L);
        StrikeFilter byPlace = new StrikeFilter(null, null, null, null, null, null, "Kyiv", null, null, null);
        assertThat(rollups.count(byPlace)).as("no rollup holds places").isEmpty();
        StrikeFilter unaligned = new StrikeFilter("RU", null, null, null, null, null, null,
                Instant.parse("2092-05-01T00:30:00Z"), null, null);
        assertThat(rollups.count(unaligned)).as("a range that does not start on the hour").isEmpty();
    }
}
