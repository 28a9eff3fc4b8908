package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a read sees (clean rollup rows plus dirty days from the strike table) is exactly what plain SQL
 * over the strike table gives, right after every write path — set-based INSERT ... SELECT, UPDATE and
 * DELETE statements (as a bulk import writes), many API writes racing each other — and so are the
 * rollup rows themselves once the refresher has run.
 */
class StrikeRollupsIT extends IntegrationTest {

    private static final String[] FIGURES = {"launched", "intercepted", "suppressed", "hit", "killed", "wounded"};

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private StrikeRollupRefresher refresher;

    @Test
    void knowsTheGroupingSetsTheDatabaseMaintains() {
        Map<Integer, String> database = new TreeMap<>();
        jdbc.query("select gset, grains, k1, k2 from strike_rollup_set", rs -> {
            database.put(rs.getInt("gset"), rs.getString("grains") + " " + rs.getString("k1") + " " + rs.getString("k2"));
        });
        Map<Integer, String> java = new TreeMap<>();
        for (StrikeRollups.RollupSet set : StrikeRollups.RollupSet.values()) {
            List<String> columns = new ArrayList<>();
            for (StrikeDimension key : set.keys) {
                columns.add(key == StrikeDimension.TARGET_CATEGORY ? "target_category" : key.column().substring(2));
            }
            while (columns.size() < 2) {
                columns.add("null");
            }
            java.put(set.gset, (set.hourly ? "h,d" : "d") + " " + columns.get(0) + " " + columns.get(1));
        }
        assertThat(java).isEqualTo(database);
    }

    @Test
    void followSetBasedInsertsUpdatesAndDeletes() {
        jdbc.update("""
                insert into strike (attacker, target, started_at, ended_at, time_precision, region, country,
                                    latitude, longitude, geo_precision, weapon_category, target_categories,
                                    launched_low, launched_best, launched_high, launched_claims,
                                    intercepted_low, intercepted_best, intercepted_high, intercepted_claims,
                                    killed_low, killed_best, killed_high, killed_claims)
                select case when i % 3 = 0 then 'UA' else 'RU' end, case when i % 3 = 0 then 'RU' else 'UA' end,
                       timestamptz '2093-01-01T00:00:00Z' + i * interval '97 minutes',
                       timestamptz '2093-01-01T00:00:00Z' + i * interval '97 minutes' + interval '2 hours', 'HOUR',
                       case when i % 7 = 0 then null when i % 5 = 0 then 'Kharkiv oblast' when i % 5 = 1 then 'kharkiv'
                            when i % 2 = 0 then 'Rollup oblast' else 'rollup OBLAST' end,
                       case when i % 3 = 0 then 'RU' else 'UA' end,
                       case when i % 14 = 0 then 46.48 end, case when i % 14 = 0 then 30.73 end, 'REGION',
                       (array['DRONE', 'CRUISE_MISSILE', 'BALLISTIC_MISSILE', 'UNKNOWN'])[1 + i % 4],
                       case i % 5 when 0 then '{}'::text[] when 1 then array['ENERGY'] when 2 then array['ENERGY', 'PORT']
                                  when 3 then array['RESIDENTIAL'] else array['PORT', 'MILITARY', 'ENERGY'] end,
                       i, i + 1, case when i % 4 = 0 then null else i + 5 end, 2,
                       case when i % 6 = 0 then null else i / 2 end, case when i % 6 = 0 then null else i / 2 end,
                       case when i % 6 = 0 then null else i / 2 end, case when i % 6 = 0 then 0 else 1 end,
                       case when i % 9 = 0 then 1 end, case when i % 9 = 0 then 2 end, null,
                       case when i % 9 = 0 then 1 else 0 end
                from generate_series(1, 400) i
                """);
        assertThat(jdbc.queryForList("select distinct coalesce(region_code, '-') from strike where started_at >= '2093-01-01'"
                + " and started_at < '2094-01-01' order by 1", String.class))
                .as("region codes from names (two spellings of UA-63) and from coordinates alone (UA-51)")
                .containsExactly("-", "UA-51", "UA-63");
        assertRollupsEqualPlainSql();

        // one statement moving strikes across hours, days, attackers, categories and bounds
        jdbc.update("""
                update strike set started_at = started_at + interval '11 hours', ended_at = ended_at + interval '11 hours',
                       attacker = target, target = attacker, country = attacker,
                       region = case when region is null then 'Kryvyi Rih' when id % 2 = 0 then null else region end,
                       target_categories = case when cardinality(target_categories) = 0 then array['UNKNOWN'] else '{}' end,
                       launched_high = case when launched_high is null then launched_best + 1 end,
                       killed_low = 0, killed_best = 5, killed_high = null, killed_claims = 1
                where started_at >= '2093-01-01' and started_at < '2094-01-01' and id % 3 = 0
                """);
        assertRollupsEqualPlainSql();

        // writers only append dirty days: an updated rollup row gets a new ctid, and none does until a refresh
        String ctids = "select md5(string_agg(ctid::text, ',' order by ctid)) from strike_rollup";
        String before = jdbc.queryForObject(ctids, String.class);
        jdbc.update("update strike set updated_at = now(), place = 'Moved nowhere', launched_best = launched_best + 1,"
                + " launched_high = launched_high + 1 where started_at >= '2093-01-01' and started_at < '2094-01-01'");
        assertThat(jdbc.queryForObject(ctids, String.class))
                .as("a writer writes no rollup row").isEqualTo(before);
        assertRollupsEqualPlainSql();

        jdbc.update("delete from strike where started_at >= '2093-01-01' and started_at < '2094-01-01' and id % 4 = 1");
        assertRollupsEqualPlainSql();
        jdbc.update("delete from strike where started_at >= '2093-01-01' and started_at < '2094-01-01'");
        assertRollupsEqualPlainSql();
    }

    @Test
    void followApiWritesRacingEachOther() throws Exception {
        long source = api.post("/api/v1/sources", json("{'publisher':'Rollup race','kind':'MEDIA'}")).id();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int n = i;
                writes.add(pool.submit(() -> {
                    long id = api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'2094-02-"
                            + String.format("%02d", 1 + n % 3) + "T0" + (n % 10) + ":15:00Z','timePrecision':'MINUTE',"
                            + "'region':'Race oblast " + (n % 4) + "','targetCategories':['ENERGY'],'claims':[{'sourceId':"
                            + source + ",'launched':{'value':" + (10 + n) + ",'qualifier':'EXACT'}}]}")).id();
                    int status = api.post("/api/v1/strikes/" + id + "/claims", json("{'sourceId':" + source
                            + ",'launched':{'value':" + (20 + n) + ",'qualifier':'AT_LEAST'}}")).status();
                    return n % 5 == 0 ? api.delete("/api/v1/strikes/" + id).status() : status;
                }));
            }
            for (Future<Integer> write : writes) {
                assertThat(write.get()).isIn(201, 204);
            }
        } finally {
            pool.shutdownNow();
        }
        assertRollupsEqualPlainSql();
    }

    /**
     * What a read of every grouping set and grain sees equals the same aggregate computed afresh from the
     * strike table, before the refresher runs; after it has run, every rollup row with strikes does too
     * and no day is left dirty.
     */
    private void assertRollupsEqualPlainSql() {
        for (StrikeRollups.RollupSet set : StrikeRollups.RollupSet.values()) {
            for (StrikeRollups.Grain grain : set.hourly ? List.of(StrikeRollups.Grain.HOUR, StrikeRollups.Grain.DAY)
                    : List.of(StrikeRollups.Grain.DAY)) {
                String expected = plainSql(set, grain == StrikeRollups.Grain.HOUR ? "hour" : "day");
                StringBuilder sums = new StringBuilder("select bucket, k1, k2, sum(strikes)");
                for (String column : rollupColumns().substring(2).split(", ")) {
                    sums.append(", sum(").append(column).append(')');
                }
                String read = sums + " from (" + StrikeRollups.relation(set, grain, StrikeFilter.NONE,
                        new java.util.HashMap<>()) + ") r group by 1, 2, 3 having sum(strikes) <> 0";
                Integer differing = jdbc.queryForObject("select (select count(*) from (" + expected + " except " + read
                        + ") x) + (select count(*) from (" + read + " except " + expected + ") y)", Integer.class);
                assertThat(differing).as("rows a read sees differing in grouping set " + set + " by " + grain).isZero();
            }
        }
        refresher.refreshAll();
        assertThat(refresher.backlog()).isZero();
        for (StrikeRollups.RollupSet set : StrikeRollups.RollupSet.values()) {
            for (String grain : set.hourly ? List.of("hour", "day") : List.of("day")) {
                String expected = plainSql(set, grain);
                String actual = "select bucket, k1, k2, strikes" + rollupColumns() + " from strike_rollup"
                        + " where grain = '" + grain.charAt(0) + "' and gset = " + set.gset + " and strikes <> 0";
                Integer missing = jdbc.queryForObject("select count(*) from (" + expected + " except " + actual + ") x",
                        Integer.class);
                Integer extra = jdbc.queryForObject("select count(*) from (" + actual + " except " + expected + ") x",
                        Integer.class);
                assertThat(missing + extra).as("rows differing in grouping set " + set + " by " + grain).isZero();
            }
        }
    }

    private static String plainSql(StrikeRollups.RollupSet set, String grain) {
        List<String> keys = new ArrayList<>();
        boolean categories = false;
        for (StrikeDimension key : set.keys) {
            if (key == StrikeDimension.TARGET_CATEGORY) {
                keys.add("tc.category::text");
                categories = true;
            } else {
                keys.add(key.column() + "::text");
            }
        }
        while (keys.size() < 2) {
            keys.add("null::text");
        }
        StringBuilder sql = new StringBuilder("select date_trunc('" + grain + "', s.started_at at time zone 'UTC')"
                + " at time zone 'UTC' as bucket, " + keys.get(0) + " as k1, " + keys.get(1) + " as k2, count(*) as strikes");
        for (String f : FIGURES) {
            String stated = "s." + f + "_best is not null";
            sql.append(", count(*) filter (where ").append(stated).append(")")
                    .append(", coalesce(sum(s.").append(f).append("_low) filter (where ").append(stated).append("), 0)")
                    .append(", coalesce(sum(s.").append(f).append("_best), 0)")
                    .append(", coalesce(sum(s.").append(f).append("_high) filter (where ").append(stated).append("), 0)")
                    .append(", count(*) filter (where ").append(stated).append(" and s.").append(f).append("_high is null)");
        }
        for (String condition : List.of("between 0 and 9", "between 10 and 49", "between 50 and 99", ">= 100")) {
            sql.append(", count(*) filter (where s.launched_best ").append(condition).append(")");
        }
        sql.append(" from strike s");
        if (categories) {
            sql.append(" cross join lateral (select distinct c as category from unnest(case when s.target_categories = '{}'"
                    + " then array[null::text] else s.target_categories end) c) tc");
        }
        return sql.append(" group by 1, 2, 3").toString();
    }

    private static String rollupColumns() {
        StringBuilder columns = new StringBuilder();
        for (String f : FIGURES) {
            for (String part : List.of("n", "low", "best", "high", "unbounded")) {
                columns.append(", ").append(f).append('_').append(part);
            }
        }
        // the attack-size classes (V118)
        return columns.append(", size_lt10, size_10_49, size_50_99, size_ge100").toString();
    }
}
