package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.common.SortSpec;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The strike table's indexes after the diet (V52) still serve the list: at 100,000 strikes spread over
 * four years, every list filter combined with a 30-day from/to window, and the first page of every
 * sort in both directions, is planned without a sequential scan of {@code strike} — the page's query
 * and, where the rollups cannot answer the total, its count. The strikes are written and analysed in
 * a transaction that is rolled back, so no other test sees them.
 */
class StrikeIndexDietIT extends IntegrationTest {

    private static final java.util.regex.Pattern STRIKE_SCAN = java.util.regex.Pattern.compile("Seq Scan on strike(\\s|$)");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    StrikeRollups rollups;

    @Autowired
    org.conflictledger.common.StatementTimeouts timeouts;

    @Test
    void everyFilterWithAWindowAndEverySortsFirstPageAvoidASequentialScan() {
        List<String> scans = transactions.execute(status -> {
            timeouts.allowLongStatements();
            jdbc.sql("""
                    insert into strike (attacker, target, started_at, ended_at, time_precision, place, region, country,
                                        geo_precision, weapon_category, target_categories, launched_low, launched_best,
                                        launched_high, launched_claims, killed_low, killed_best, killed_high, killed_claims,
                                        created_at, updated_at)
                    select case when i % 3 = 0 then 'UA' else 'RU' end, case when i % 3 = 0 then 'RU' else 'UA' end,
                           t, t + interval '2 hours', 'HOUR', 'Place ' || (i % 500), 'Region ' || (i % 25),
                           case when i % 3 = 0 then 'RU' else 'UA' end, 'REGION',
                           (array['DRONE', 'CRUISE_MISSILE', 'BALLISTIC_MISSILE', 'GUIDED_BOMB', 'UNKNOWN'])[1 + i % 5],
                           array[(array['ENERGY', 'RESIDENTIAL', 'PORT', 'MILITARY'])[1 + i % 4]],
                           i % 300, i % 300, i % 300, 1, case when i % 7 = 0 then i % 11 end,
                           case when i % 7 = 0 then i % 11 end, case when i % 7 = 0 then i % 11 end,
                           case when i % 7 = 0 then 1 else 0 end, t + interval '1 day', t + interval '2 days'
                    from generate_series(1, 100000) i,
                         lateral (select timestamptz '2180-01-01T00:00:00Z' + (i * 7919 % 100000) * interval '1 day'
                                         * 1461 / 100000 as t) w
                    """).update();
            jdbc.sql("analyze strike").update();
            List<String> found = new ArrayList<>();
            Instant from = Instant.parse("2181-06-01T00:00:00Z");
            Instant to = Instant.parse("2181-07-01T00:00:00Z");
            Map<String, StrikeFilter> filters = new LinkedHashMap<>();
            filters.put("window only", new StrikeFilter(null, null, null, null, null, null, null, from, to, null));
            filters.put("attacker", new StrikeFilter("RU", null, null, null, null, null, null, from, to, null));
            filters.put("target", new StrikeFilter(null, "RU", null, null, null, null, null, from, to, null));
            filters.put("weaponCategory", new StrikeFilter(null, null, WeaponCategory.DRONE, null, null, null, null, from,
                    to, null));
            filters.put("targetCategory", new StrikeFilter(null, null, null, TargetCategory.ENERGY, null, null, null,
                    from, to, null));
            filters.put("region", new StrikeFilter(null, null, null, null, "Region 7", null, null, from, to, null));
            filters.put("country", new StrikeFilter(null, null, null, null, null, "UA", null, from, to, null));
            filters.put("place", new StrikeFilter(null, null, null, null, null, null, "Place 42", from, to, null));
            filters.put("minLaunched", new StrikeFilter(null, null, null, null, null, null, null, from, to, 100));
            filters.put("all at once", new StrikeFilter("RU", "UA", WeaponCategory.DRONE, TargetCategory.ENERGY,
                    "Region 7", "UA", "Place 42", from, to, 1));
            for (Map.Entry<String, StrikeFilter> filter : filters.entrySet()) {
                StringBuilder where = new StringBuilder(" where true");
                Map<String, Object> params = new HashMap<>();
                filter.getValue().appendConditions(where, params);
                check(found, filter.getKey() + " (page)", "select " + StrikeRows.COLUMNS + " from strike s" + where
                        + StrikeService.DEFAULT_SORT.orderBy("s.id") + " limit 21", params);
                check(found, filter.getKey() + " (count)", "select count(*) from strike s" + where, params);
            }
            Map<String, Object> updated = new HashMap<>();
            updated.put("updatedSince", java.sql.Timestamp.from(Instant.parse("2183-12-01T00:00:00Z")));
            check(found, "updatedSince (page)", "select " + StrikeRows.COLUMNS + " from strike s where"
                    + " s.updated_at >= :updatedSince" + StrikeService.DEFAULT_SORT.orderBy("s.id") + " limit 21", updated);
            for (Map.Entry<String, String> sort : StrikeService.sorts().entrySet()) {
                for (boolean descending : new boolean[] {false, true}) {
                    check(found, "sort " + sort.getKey() + (descending ? " desc" : " asc"), "select " + StrikeRows.COLUMNS
                            + " from strike s where true" + SortSpec.of(sort.getKey(), sort.getValue(), descending)
                            .orderBy("s.id") + " limit 21", Map.of());
                }
            }
            // the statistics and the list's total read the rollups and, for the days the invalidation log names
            // (here every day: the strikes were written in this transaction), the strikes of those days: each
            // day by an index range, never the whole table filtered by the dimensions
            jdbc.sql("analyze strike_rollup_dirty").update();
            for (Map.Entry<String, StrikeFilter> filter : filters.entrySet()) {
                StrikeFilter f = filter.getValue();
                StrikeFilter wholeRange = new StrikeFilter(f.attacker(), f.target(), f.weaponCategory(),
                        f.targetCategory(), f.region(), f.country(), null, null, null, null);
                for (StrikeFilter question : List.of(wholeRange, new StrikeFilter(f.attacker(), f.target(),
                        f.weaponCategory(), f.targetCategory(), f.region(), f.country(), null, from, to, null))) {
                    String name = filter.getKey() + (question.from() == null ? " (rollup total, whole range)"
                            : " (rollup total, window)");
                    rollups.plan(question, null, StrikeRollups.Grain.DAY).ifPresent(plan -> check(found, name,
                            "select coalesce(sum(r.strikes), 0)" + plan.from(), plan.params()));
                    rollups.plan(question, StrikeDimension.ATTACKER, StrikeRollups.Grain.DAY).ifPresent(plan -> check(
                            found, name.replace("total", "by attacker"), "select " + plan.groupColumn()
                                    + ", sum(r.strikes)" + plan.from() + " group by 1", plan.params()));
                }
            }
            status.setRollbackOnly();
            return found;
        });
        assertThat(scans).as("queries planned with a sequential scan of strike").isEmpty();
    }

    private void check(List<String> found, String name, String sql, Map<String, Object> params) {
        List<String> plan = jdbc.sql("explain " + sql).params(params).query(String.class).list();
        // the strike table itself, not strike_rollup or strike_rollup_dirty
        if (plan.stream().anyMatch(line -> STRIKE_SCAN.matcher(line).find())) {
            found.add(name + ":\n" + String.join("\n", plan));
        }
    }
}
