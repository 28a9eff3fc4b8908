package org.conflictledger.strike;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.conflictledger.common.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The strike rollups of V10 ({@code strike_rollup}): strike counts and figure sums per UTC hour or
 * day and grouping set, kept exact by triggers on the strike table. This class knows which
 * questions they answer exactly and writes the SQL that reads them; anything they cannot answer
 * (a place or minLaunched filter, a range that does not start and end on the grain, two dimensions
 * no grouping set holds together) gets an empty plan and belongs to the base table.
 */
@Component
public class StrikeRollups {

    /** How fine the rollup rows are: UTC hours or UTC days. */
    public enum Grain {
        HOUR("h", ChronoUnit.HOURS), DAY("d", ChronoUnit.DAYS);

        private final String code;
        private final ChronoUnit unit;

        Grain(String code, ChronoUnit unit) {
            this.code = code;
            this.unit = unit;
        }

        boolean aligned(Instant instant) {
            return instant == null || instant.truncatedTo(unit).equals(instant);
        }
    }

    /**
     * The grouping sets of {@code strike_rollup_set}: which dimensions a row holds (in k1, k2) and
     * whether hourly rows exist for it (daily ones always do). {@code StrikeRollupsIT} checks this
     * table against the database's.
     */
    enum RollupSet {
        NONE(0, true),
        ATTACKER(1, true, StrikeDimension.ATTACKER),
        TARGET(2, true, StrikeDimension.TARGET),
        WEAPON_CATEGORY(3, true, StrikeDimension.WEAPON_CATEGORY),
        TARGET_CATEGORY(4, false, StrikeDimension.TARGET_CATEGORY),
        REGION(5, false, StrikeDimension.REGION),
        COUNTRY(6, true, StrikeDimension.COUNTRY),
        ATTACKER_TARGET(7, false, StrikeDimension.ATTACKER, StrikeDimension.TARGET),
        ATTACKER_WEAPON_CATEGORY(8, false, StrikeDimension.ATTACKER, StrikeDimension.WEAPON_CATEGORY),
        ATTACKER_TARGET_CATEGORY(9, false, StrikeDimension.ATTACKER, StrikeDimension.TARGET_CATEGORY),
        ATTACKER_REGION(10, false, StrikeDimension.ATTACKER, StrikeDimension.REGION),
        ATTACKER_COUNTRY(11, false, StrikeDimension.ATTACKER, StrikeDimension.COUNTRY);

        final int gset;
        final boolean hourly;
        final List<StrikeDimension> keys;

        RollupSet(int gset, boolean hourly, StrikeDimension... keys) {
            this.gset = gset;
            this.hourly = hourly;
            this.keys = List.of(keys);
        }

        boolean holds(Grain grain) {
            return grain == Grain.DAY || hourly;
        }

        static Optional<RollupSet> of(Set<StrikeDimension> dimensions) {
            for (RollupSet set : values()) {
                if (set.keys.size() == dimensions.size() && dimensions.containsAll(set.keys)) {
                    return Optional.of(set);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * How to read the rollups for one question: {@code from} is {@code strike_rollup r} with the
     * conditions, {@code params} their values, {@code groupColumn} the column holding the grouped
     * dimension's value (null when not grouped). Each row is one bucket of {@link #grain}; sum them.
     */
    public record Plan(Grain grain, int gset, String from, Map<String, Object> params, String groupColumn) {
    }

    private final JdbcClient jdbc;

    StrikeRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The plan that answers "the strikes matching {@code filter}, grouped by {@code groupBy} (null:
     * not grouped)" exactly from rows of {@code grain}, or empty when the rollups cannot.
     */
    public Optional<Plan> plan(StrikeFilter filter, StrikeDimension groupBy, Grain grain) {
        if (filter.place() != null || filter.minLaunched() != null || !grain.aligned(filter.from())
                || !grain.aligned(filter.to())) {
            return Optional.empty();
        }
        Map<StrikeDimension, Object> filtered = new LinkedHashMap<>();
        for (StrikeDimension dimension : StrikeDimension.values()) {
            Object value = dimension.valueIn(filter);
            if (value != null) {
                filtered.put(dimension, value);
            }
        }
        // grouped by category, a strike counts in each of its categories: a category filter would need them all
        if (groupBy == StrikeDimension.TARGET_CATEGORY && filtered.containsKey(StrikeDimension.TARGET_CATEGORY)) {
            return Optional.empty();
        }
        Set<StrikeDimension> dimensions = EnumSet.noneOf(StrikeDimension.class);
        dimensions.addAll(filtered.keySet());
        if (groupBy != null) {
            dimensions.add(groupBy);
        }
        Optional<RollupSet> found = RollupSet.of(dimensions).filter(set -> set.holds(grain));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RollupSet set = found.get();
        StringBuilder from = new StringBuilder(" from strike_rollup r where r.grain = '" + grain.code
                + "' and r.gset = " + set.gset);
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.from() != null) {
            from.append(" and r.bucket >= :rollupFrom");
            params.put("rollupFrom", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            from.append(" and r.bucket < :rollupTo");
            params.put("rollupTo", Timestamp.from(filter.to()));
        }
        // values are normalised upper-case codes and enum names, and regions compare case-insensitively
        // (as StrikeFilter does): lower() on both sides is exact for all of them
        filtered.forEach((dimension, value) -> {
            String param = "rollup_" + dimension.param();
            from.append(" and lower(r.").append(column(set, dimension)).append(") = lower(:").append(param).append(')');
            params.put(param, value);
        });
        return Optional.of(new Plan(grain, set.gset, from.toString(), params,
                groupBy == null ? null : "r." + column(set, groupBy)));
    }

    /**
     * The exact number of strikes matching the filter, read from the rollups (daily rows, else
     * hourly ones); empty when the rollups cannot answer it.
     */
    public OptionalLong count(StrikeFilter filter) {
        Optional<Plan> plan = plan(filter, null, Grain.DAY).or(() -> plan(filter, null, Grain.HOUR));
        if (plan.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(jdbc.sql("select coalesce(sum(r.strikes), 0)" + plan.get().from())
                .params(plan.get().params()).query(Long.class).single());
    }

    /** The first and last hour that hold strikes, or empty when there are none. */
    public Optional<Instant[]> hours() {
        Instant[] range = jdbc.sql("select min(bucket) as first, max(bucket) as last from strike_rollup"
                        + " where grain = 'h' and gset = 0 and strikes <> 0")
                .query((rs, n) -> new Instant[] {Times.instant(rs, "first"), Times.instant(rs, "last")})
                .single();
        return range[0] == null ? Optional.empty() : Optional.of(range);
    }

    private static String column(RollupSet set, StrikeDimension dimension) {
        return set.keys.indexOf(dimension) == 0 ? "k1" : "k2";
    }
}
