package org.conflictledger.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Statistics equal plain SQL over the strike table for every bucket, zone and grouping, whichever
 * table answers them (rollups by day or hour, or the strike table), before and after claims and
 * strikes change through the API. The data lives in 2150, where no other test writes.
 */
class StatsIT extends IntegrationTest {

    private static final String RANGE = "&from=2150-01-01T00:00:00Z&to=2151-01-01T00:00:00Z";
    private static final String[] FIGURES = {"launched", "intercepted", "suppressed", "hit", "killed", "wounded"};
    private static final String[] ZONES = {"UTC", "Europe/Kyiv", "Asia/Kolkata"};
    private static final String[] GROUPS = {"none", "attacker", "target", "weaponCategory", "targetCategory", "region",
            "regionCode", "country"};
    // region texts whose region codes coincide (three ways to say UA-63) or come from coordinates alone (null
    // region with a point in Odesa): grouped by region and by region code they part differently
    private static final String[] REGIONS = {"Kharkiv oblast", "kharkiv OBLAST", "Kharkiv", "Odesa oblast", "Kryvyi Rih",
            "south", null};
    private static final String[] CATEGORIES = {"ENERGY", "RESIDENTIAL", "PORT", "MILITARY"};
    private static final String[] WEAPONS = {"DRONE", "CRUISE_MISSILE", "BALLISTIC_MISSILE"};
    private static final String[] QUALIFIERS = {"EXACT", "EXACT", "ABOUT", "AT_LEAST", "MORE_THAN", "AT_MOST"};

    @Autowired
    private JdbcTemplate jdbc;

    private static final Random random = new Random(2150);
    private static long source;
    private static final List<Long> strikes = new ArrayList<>();

    /** 70 strikes of 2150, made once for the class (every test compares with whatever they are now). */
    @BeforeEach
    void data() {
        if (!strikes.isEmpty()) {
            return;
        }
        source = api.post("/api/v1/sources", json("{'publisher':'Stats test','kind':'MEDIA'}")).id();
        for (int i = 0; i < 70; i++) {
            Api.Response created = api.post("/api/v1/strikes", json(strikeJson(i, 1 + random.nextInt(2))));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            strikes.add(created.id());
        }
        // either side of the Kyiv midnight that starts April 2150 (21:00 UTC, summer time), inside one UTC day:
        // a day's rollup row cannot say which month they belong to, the hourly rows can
        for (String start : List.of("2150-03-31T20:30:00Z", "2150-03-31T21:30:00Z", "2150-03-29T21:10:00Z")) {
            Api.Response created = api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'" + start
                    + "','timePrecision':'MINUTE','region':'Kharkiv oblast','country':'UA','weaponCategory':'DRONE',"
                    + "'claims':[" + claimJson() + "]}"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
    }

    private String strikeJson(int i, int claims) {
        String[] parties = {"RU", "UA", "US"};
        int a = random.nextInt(3);
        String attacker = parties[a];
        String target = parties[(a + 1 + random.nextInt(2)) % 3];
        // 1 March to 15 April, across the end of March when Kyiv moves its clocks
        String start = Instant.parse("2150-03-01T00:00:00Z").plusSeconds(random.nextInt(46 * 24 * 60) * 60L).toString();
        String region = REGIONS[random.nextInt(REGIONS.length)];
        List<String> categories = new ArrayList<>();
        for (String category : CATEGORIES) {
            if (random.nextInt(3) == 0) {
                categories.add("'" + category + "'");
            }
        }
        List<String> claimList = new ArrayList<>();
        for (int c = 0; c < claims; c++) {
            claimList.add(claimJson());
        }
        return "{'attacker':'" + attacker + "','target':'" + target + "','startedAt':'" + start + "','timePrecision':"
                + "'MINUTE','place':'Place " + (i % 5) + "'" + (region == null ? "" : ",'region':'" + region + "'")
                + (region == null && random.nextBoolean() ? ",'latitude':46.48,'longitude':30.73,'geoPrecision':'TOWN'" : "")
                + ",'country':'" + target + "','weaponCategory':'" + WEAPONS[random.nextInt(WEAPONS.length)]
                + "','targetCategories':[" + String.join(",", categories) + "],'claims':[" + String.join(",", claimList)
                + "]}";
    }

    private String claimJson() {
        StringBuilder claim = new StringBuilder("{'sourceId':" + source);
        for (String figure : FIGURES) {
            if (random.nextInt(3) > 0) {
                claim.append(",'").append(figure).append("':{'value':").append(random.nextInt(200))
                        .append(",'qualifier':'").append(QUALIFIERS[random.nextInt(QUALIFIERS.length)]).append("'}");
            }
        }
        return claim.append('}').toString();
    }

    @Test
    void equalPlainSqlForEveryBucketZoneAndGroupingAsClaimsChange() {
        String year = " and started_at >= '2150-01-01' and started_at < '2151-01-01'";
        assertThat(jdbc.queryForObject("select count(distinct region) from strike where region_code = 'UA-63'" + year,
                Integer.class)).as("region texts sharing one region code").isGreaterThan(1);
        assertThat(jdbc.queryForObject("select count(*) from strike where region is null and region_code = 'UA-51'" + year,
                Integer.class)).as("region codes from coordinates alone").isPositive();
        assertAllQuestionsEqualPlainSql();

        // claims change after the first answers: added (unbounded), changed, removed; strikes moved and deleted
        for (int i = 0; i < 10; i++) {
            Api.Response added = api.post("/api/v1/strikes/" + strikes.get(i) + "/claims", json("{'sourceId':" + source
                    + ",'launched':{'value':" + (300 + i) + ",'qualifier':'AT_LEAST'},'killed':{'value':2,'qualifier':'EXACT'}}"));
            assertThat(added.status()).isEqualTo(201);
        }
        for (int i = 10; i < 20; i++) {
            JsonNode strike = api.get("/api/v1/strikes/" + strikes.get(i)).json();
            long claim = strike.get("claims").get(0).get("id").asLong();
            assertThat(api.put("/api/v1/strikes/" + strikes.get(i) + "/claims/" + claim, json(claimJson())).status())
                    .isEqualTo(200);
            if (strike.get("claims").size() > 1) {
                assertThat(api.delete("/api/v1/strikes/" + strikes.get(i) + "/claims/" + claim).status()).isEqualTo(204);
            }
        }
        for (int i = 20; i < 30; i++) {
            assertThat(api.put("/api/v1/strikes/" + strikes.get(i), json(strikeJson(i, 1))).status()).isEqualTo(200);
        }
        for (int i = 30; i < 35; i++) {
            assertThat(api.delete("/api/v1/strikes/" + strikes.get(i)).status()).isEqualTo(204);
        }
        assertAllQuestionsEqualPlainSql();
    }

    private void assertAllQuestionsEqualPlainSql() {
        for (String bucket : List.of("hour", "day", "week", "month")) {
            for (String zone : ZONES) {
                for (String group : GROUPS) {
                    assertEqualsPlainSql(bucket, zone, group, "", "true");
                }
            }
        }
        assertEqualsPlainSql("day", "UTC", "none", "&attacker=RU", "s.attacker = 'RU'");
        assertEqualsPlainSql("week", "Europe/Kyiv", "attacker", "&region=KHARKIV%20oblast",
                "lower(s.region) = 'kharkiv oblast'");
        assertEqualsPlainSql("day", "UTC", "attacker", "&region=kharkiv%20oblast&weaponCategory=DRONE",
                "lower(s.region) = 'kharkiv oblast' and s.weapon_category = 'DRONE'");
        assertEqualsPlainSql("month", "Europe/Kyiv", "none", "&regionCode=ua-63", "s.region_code = 'UA-63'");
        assertEqualsPlainSql("day", "UTC", "none", "&regionCode=UA-51", "s.region_code = 'UA-51'");
        assertEqualsPlainSql("month", "Europe/Kyiv", "attacker", "&regionCode=UA-63", "s.region_code = 'UA-63'");
        assertEqualsPlainSql("month", "Europe/Kyiv", "regionCode", "&attacker=RU", "s.attacker = 'RU'");
        assertEqualsPlainSql("day", "UTC", "weaponCategory", "&attacker=UA", "s.attacker = 'UA'");
        assertEqualsPlainSql("month", "UTC", "targetCategory", "&attacker=UA", "s.attacker = 'UA'");
        assertEqualsPlainSql("month", "UTC", "targetCategory", "&targetCategory=ENERGY",
                "s.target_categories @> array['ENERGY']");
        assertEqualsPlainSql("day", "UTC", "none", "&targetCategory=PORT", "s.target_categories @> array['PORT']");
        assertEqualsPlainSql("day", "UTC", "country", "&place=place%202", "lower(s.place) = 'place 2'");
        assertEqualsPlainSql("day", "Europe/Kyiv", "none", "&minLaunched=100", "s.launched_best >= 100");
        // ranges that start at a Kyiv midnight (as the dashboard sends) or inside a UTC day: the first day by the hour
        assertEqualsPlainSql("month", "Europe/Kyiv", "regionCode", "&from=2150-02-28T22:00:00Z",
                "s.started_at >= '2150-02-28T22:00:00Z'");
        assertEqualsPlainSql("week", "Europe/Kyiv", "attacker", "&from=2150-03-10T05:00:00Z",
                "s.started_at >= '2150-03-10T05:00:00Z'");
        assertEqualsPlainSql("hour", "UTC", "attacker", "&from=2150-03-10T06:30:00Z",
                "s.started_at >= '2150-03-10T06:30:00Z'");
    }

    /** The API's buckets for the question equal the plain-SQL answer, row for row. */
    private void assertEqualsPlainSql(String bucket, String zone, String group, String filters, String condition) {
        String range = filters.contains("&from=") ? "&to=2151-01-01T00:00:00Z" : RANGE;
        String query = "/api/v1/stats/strikes?bucket=" + bucket + "&tz=" + URLEncoder.encode(zone, StandardCharsets.UTF_8)
                + "&groupBy=" + group + range + filters;
        Api.Response response = api.get(query);
        assertThat(response.status()).as(query + " " + response).isEqualTo(200);
        List<String> actual = new ArrayList<>();
        for (JsonNode b : response.json().get("buckets")) {
            StringBuilder row = new StringBuilder(b.get("start").asString()).append(' ')
                    .append(b.get("group").isNull() ? "-" : b.get("group").asString()).append(' ')
                    .append(b.get("strikes").asLong());
            for (String figure : FIGURES) {
                JsonNode sum = b.get(figure);
                row.append(' ').append(sum.isNull() ? "none" : text(sum.get("low")) + "/" + text(sum.get("best")) + "/"
                        + text(sum.get("high")));
            }
            actual.add(row.toString());
        }
        assertThat(actual).as(query + " (answered from " + response.header("Ledger-Stats-Source") + ")")
                .isNotEmpty().isEqualTo(plainSql(bucket, zone, group, condition));
    }

    private static String text(JsonNode value) {
        return value.isNull() ? "null" : String.valueOf(value.asLong());
    }

    /**
     * The naive query: every strike of the range, bucketed and grouped by PostgreSQL. A strike counts
     * once in each of its target categories when grouped by them (under null without any), else once.
     */
    private List<String> plainSql(String bucket, String zone, String group, String condition) {
        String grp = switch (group) {
            case "none" -> "null::text";
            case "weaponCategory" -> "s.weapon_category";
            case "regionCode" -> "s.region_code";
            case "targetCategory" -> "category";
            default -> "s." + group;
        };
        List<String> columns = new ArrayList<>();
        columns.add("to_char(start at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
        columns.add("coalesce(grp, '-')");
        columns.add("count(*)::text");
        for (String f : FIGURES) {
            columns.add("case when count(" + f + "_best) = 0 then 'none' else sum(" + f + "_low) || '/' || sum(" + f
                    + "_best) || '/' || case when count(" + f + "_high) < count(" + f + "_best) then 'null' else sum("
                    + f + "_high)::text end end");
        }
        String from = group.equals("targetCategory")
                ? " from strike s left join lateral unnest(nullif(s.target_categories, '{}')) category on true"
                : " from strike s";
        String sql = "select " + String.join(" || ' ' || ", columns)
                + " from (select date_trunc('" + bucket + "', s.started_at, '" + zone + "') as start, " + grp
                + " as grp, s.*" + from + " where s.started_at >= '2150-01-01' and s.started_at < '2151-01-01' and "
                + condition + ") x group by start, grp order by start, grp";
        return jdbc.queryForList(sql, String.class);
    }

    @Test
    void neverServesACachedAnswerAfterAnyWriteToStrikes() {
        String query = "bucket=month&groupBy=weaponCategory" + RANGE;
        String first = api.get("/api/v1/stats/strikes?" + query).body();
        assertThat(api.get("/api/v1/stats/strikes?" + query).body()).isEqualTo(first);
        // a write that bypasses the service (as a bulk import does) changes the answer at once
        jdbc.update("insert into strike (attacker, target, started_at, ended_at, time_precision, geo_precision,"
                + " weapon_category, launched_low, launched_best, launched_high, launched_claims) values ('RU', 'UA',"
                + " '2150-02-10T10:00:00Z', '2150-02-10T10:00:00Z', 'HOUR', 'COUNTRY', 'ARTILLERY', 5, 5, 5, 1)");
        String second = api.get("/api/v1/stats/strikes?" + query).body();
        assertThat(second).isNotEqualTo(first).contains("\"group\":\"ARTILLERY\"");
        assertEqualsPlainSql("month", "UTC", "weaponCategory", "", "true");
        jdbc.update("delete from strike where started_at = '2150-02-10T10:00:00Z' and weapon_category = 'ARTILLERY'");
        assertThat(api.get("/api/v1/stats/strikes?" + query).body()).isEqualTo(first);
    }

    @Test
    void answersFromTheRollupsWhereTheyAreExactAndSaysSo() {
        assertThat(source("bucket=day&groupBy=attacker" + RANGE)).isEqualTo("rollup-day");
        assertThat(source("bucket=month&groupBy=attacker&weaponCategory=DRONE")).isEqualTo("rollup-day");
        // a Kyiv day: each UTC day's daily row, and its last hours moved to the next Kyiv day
        assertThat(source("bucket=day&tz=Europe/Kyiv&groupBy=attacker" + RANGE)).isEqualTo("rollup-day-hour");
        assertThat(source("bucket=hour&groupBy=country" + RANGE)).isEqualTo("rollup-hour");
        assertThat(source("bucket=day&tz=Asia/Kolkata" + RANGE)).isEqualTo("base");
        assertThat(source("bucket=day&place=Kyiv" + RANGE)).isEqualTo("base");
        assertThat(source("bucket=day&tz=Europe/Kyiv&groupBy=region" + RANGE)).as("no hourly region rollup")
                .isEqualTo("base");
        // a Kyiv month holds whole UTC days: daily rows, hourly ones only for the days a month starts in
        assertThat(source("bucket=month&tz=Europe/Kyiv&groupBy=regionCode" + RANGE)).isEqualTo("rollup-day-hour");
        assertThat(source("bucket=week&tz=Europe/Kyiv&groupBy=weaponCategory" + RANGE)).isEqualTo("rollup-day-hour");
        assertThat(source("bucket=month&tz=Europe/Kyiv&groupBy=region" + RANGE)).as("no hourly region rollup")
                .isEqualTo("base");
        assertThat(source("bucket=month&groupBy=regionCode" + RANGE)).isEqualTo("rollup-day");
        assertThat(source("bucket=day&tz=Europe/Kyiv&regionCode=UA-63" + RANGE)).isEqualTo("rollup-day-hour");
        assertThat(source("bucket=day&tz=Europe/Kyiv&regionCode=UA-63")).as("no range: hourly rows")
                .isEqualTo("rollup-hour");
        assertThat(source("bucket=day&tz=Europe/Kyiv&groupBy=attacker&regionCode=UA-63" + RANGE))
                .as("no rollup holds attacker with region code").isEqualTo("base");
    }

    @Test
    void plansAnOpenRangeAgainWhenTheStrikesReachAnotherOffsetOfTheZone() {
        // Monrovia was 44 min 30 s behind UTC until 1972: hourly rows cannot make its days then
        String query = "bucket=day&tz=Africa/Monrovia";
        assertThat(source(query)).as("strikes of the tests only (after 1972)").isEqualTo("rollup-hour");
        String at = "'1960-06-01T12:00:00Z'";
        jdbc.update("insert into strike (attacker, target, started_at, ended_at, time_precision, geo_precision,"
                + " weapon_category) values ('RU', 'UA', " + at + ", " + at + ", 'MINUTE', 'COUNTRY', 'ARTILLERY')");
        try {
            Api.Response answer = api.get("/api/v1/stats/strikes?" + query);
            assertThat(answer.header("Ledger-Stats-Source")).as("asked again, planned again").isEqualTo("base");
            // 11:15:30 on 1 June in Monrovia: the day that starts at 00:44:30 UTC
            assertThat(answer.json().get("buckets").get(0).get("start").asString()).isEqualTo("1960-06-01T00:44:30Z");
        } finally {
            jdbc.update("delete from strike where started_at = " + at + " and weapon_category = 'ARTILLERY'");
        }
        assertThat(source(query)).isEqualTo("rollup-hour");
    }

    private String source(String query) {
        Api.Response response = api.get("/api/v1/stats/strikes?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.header("Ledger-Stats-Source");
    }

    @Test
    void startsKyivDaysAtKyivMidnightAndComputesTheInterceptionRate() {
        String region = "Kyiv stats " + UUID.randomUUID();
        api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'2150-04-11T20:00:00+03:00',"
                + "'timePrecision':'HOUR','region':'" + region + "','claims':[{'sourceId':" + source
                + ",'launched':{'value':88,'qualifier':'EXACT'},'intercepted':{'value':56,'qualifier':'EXACT'},"
                + "'suppressed':{'value':24,'qualifier':'EXACT'}},{'sourceId':" + source
                + ",'launched':{'value':96,'qualifier':'MORE_THAN'}}]}"));
        JsonNode answer = api.get("/api/v1/stats/strikes?bucket=day&tz=Europe/Kyiv&groupBy=attacker&region="
                + URLEncoder.encode(region, StandardCharsets.UTF_8)).json();
        assertThat(answer.get("bucket").asString()).isEqualTo("day");
        assertThat(answer.get("tz").asString()).isEqualTo("Europe/Kyiv");
        assertThat(answer.get("groupBy").asString()).isEqualTo("attacker");
        assertThat(answer.get("buckets")).hasSize(1);
        JsonNode day = answer.get("buckets").get(0);
        assertThat(day.get("start").asString()).isEqualTo("2150-04-10T21:00:00Z");
        assertThat(day.get("local").asString()).isEqualTo("2150-04-11");
        assertThat(day.get("group").asString()).isEqualTo("RU");
        assertThat(day.get("strikes").asLong()).isEqualTo(1);
        assertThat(day.get("launched").toString()).isEqualTo("{\"low\":88,\"best\":88,\"high\":null}");
        assertThat(day.get("killed").isNull()).isTrue();
        assertThat(day.get("interceptionRate").asDouble()).isEqualTo(80.0 / 88.0);
    }

    @Test
    void exportsEveryBucketAsCsv() {
        JsonNode json = api.get("/api/v1/stats/strikes?bucket=day&groupBy=attacker" + RANGE).json();
        Api.Response csv = api.header("Accept", "text/csv").get("/api/v1/stats/strikes?bucket=day&groupBy=attacker" + RANGE);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", StrikeStatsService.CSV_COLUMNS));
        assertThat(lines).hasSize(json.get("buckets").size() + 1);
        assertThat(api.get("/api/v1/stats/strikes?format=csv&bucket=day" + RANGE).contentType()).startsWith("text/csv");
    }

    @Test
    void refusesUnknownZonesBucketsAndGroupsNamingTheParameter() {
        for (String[] bad : List.of(new String[] {"tz=Mars/Olympus_Mons", "tz"}, new String[] {"tz=%2B03:00", "tz"},
                new String[] {"bucket=year", "bucket"}, new String[] {"groupBy=colour", "groupBy"},
                new String[] {"from=yesterday", "from"}, new String[] {"format=xml", "format"})) {
            Api.Response response = api.get("/api/v1/stats/strikes?" + bad[0]);
            assertThat(response.status()).as(bad[0]).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(bad[1]);
        }
    }
}
