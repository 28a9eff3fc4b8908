package org.conflictledger.strike;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

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
        ATTACKER_COUNTRY(11, false, StrikeDimension.ATTACKER, StrikeDimension.COUNTRY),
        REGION_CODE(12, true, StrikeDimension.REGION_CODE);

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
    private final RollupAnswers answers;

    StrikeRollups(JdbcClient jdbc, RollupAnswers answers) {
        this.jdbc = jdbc;
        this.answers = answers;
    }

    /**
     * The plan that answers "the strikes matching {@code filter}, grouped by {@code groupBy} (null:
     * not grouped)" exactly from rows of {@code grain}, or empty when the rollups cannot.
     */
    public Optional<Plan> plan(StrikeFilter filter, StrikeDimension groupBy, Grain grain) {
        if (!grain.aligned(filter.from()) || !grain.aligned(filter.to())) {
            return Optional.empty();
        }
        Optional<RollupSet> found = set(filter, groupBy).filter(set -> set.holds(grain));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RollupSet set = found.get();
        Map<String, Object> params = new LinkedHashMap<>();
        return Optional.of(plan(set, grain, filter, groupBy, relation(set, grain, filter, params), params));
    }

    /**
     * The plan that answers the question from daily rows for the UTC days {@code [wholeDays[i][0],
     * wholeDays[i][1])} and hourly rows for the hours {@code [hours[i][0], hours[i][1])} (together exactly
     * the filter's {@code [from, to)}, which must be set and on whole hours), or empty when no grouping set
     * holds both grains for the question. For buckets that hold whole UTC days (a week or month in
     * Europe/Kyiv): most rows are daily ones, only the days a bucket starts in are read by the hour.
     */
    public Optional<Plan> mixedPlan(StrikeFilter filter, StrikeDimension groupBy, List<Instant[]> wholeDays,
            List<Instant[]> hours) {
        return mixedPlan(filter, groupBy, wholeDays, hours, List.of());
    }

    /**
     * As above, and the hourly rows of the hours {@code moved} (each inside one of {@code wholeDays}) are
     * read twice: once as they are and once, negated, as rows of their UTC day's start. Summed per bucket,
     * a moved hour counts in its own bucket and no longer in the bucket its day's daily row went to.
     */
    public Optional<Plan> mixedPlan(StrikeFilter filter, StrikeDimension groupBy, List<Instant[]> wholeDays,
            List<Instant[]> hours, List<Instant> moved) {
        if (filter.from() == null || filter.to() == null || !Grain.HOUR.aligned(filter.from())
                || !Grain.HOUR.aligned(filter.to())) {
            return Optional.empty();
        }
        Optional<RollupSet> found = set(filter, groupBy).filter(set -> set.hourly);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RollupSet set = found.get();
        Map<String, Object> params = new LinkedHashMap<>();
        return Optional.of(plan(set, Grain.DAY, filter, groupBy,
                mixedRelation(set, filter, wholeDays, hours, moved, params), params));
    }

    private Optional<RollupSet> set(StrikeFilter filter, StrikeDimension groupBy) {
        if (filter.place() != null || filter.minLaunched() != null) {
            return Optional.empty();
        }
        Set<StrikeDimension> dimensions = EnumSet.noneOf(StrikeDimension.class);
        for (StrikeDimension dimension : StrikeDimension.values()) {
            if (dimension.valueIn(filter) != null) {
                dimensions.add(dimension);
            }
        }
        // grouped by category, a strike counts in each of its categories: a category filter would need them all
        if (groupBy == StrikeDimension.TARGET_CATEGORY && dimensions.contains(StrikeDimension.TARGET_CATEGORY)) {
            return Optional.empty();
        }
        if (groupBy != null) {
            dimensions.add(groupBy);
        }
        return RollupSet.of(dimensions);
    }

    private static Plan plan(RollupSet set, Grain grain, StrikeFilter filter, StrikeDimension groupBy, String relation,
            Map<String, Object> params) {
        StringBuilder from = new StringBuilder(" from (").append(relation).append(") r where true");
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
        for (StrikeDimension dimension : StrikeDimension.values()) {
            Object value = dimension.valueIn(filter);
            if (value != null) {
                String param = "rollup_" + dimension.param();
                from.append(" and lower(r.").append(column(set, dimension)).append(") = lower(:").append(param).append(')');
                params.put(param, value);
            }
        }
        return new Plan(grain, set.gset, from.toString(), params, groupBy == null ? null : "r." + column(set, groupBy));
    }

    /**
     * The exact number of strikes matching the filter, read from the rollups (daily rows, else
     * hourly ones); empty when the rollups cannot answer it.
     */
    public OptionalLong count(StrikeFilter filter) {
        Optional<Plan> plan = totalPlan(filter);
        if (plan.isEmpty()) {
            return OptionalLong.empty();
        }
        String sql = "select coalesce(sum(r.strikes), 0)" + plan.get().from();
        return OptionalLong.of(answers.count("count " + sql + " " + plan.get().params(), filter.from(), filter.to(),
                () -> jdbc.sql(sql).params(plan.get().params()).query(Long.class).single()));
    }

    /**
     * The plan that reads the fewest rows for a total over the filter's whole range (no time buckets):
     * daily rows when the range is on whole UTC days, else daily rows for the UTC days inside it and
     * hourly rows for the hours at its ends (a Kyiv window of 90 days: about 130 rows instead of 2,160
     * hourly ones), else hourly rows; empty when the rollups cannot answer it.
     */
    public Optional<Plan> totalPlan(StrikeFilter filter) {
        Optional<Plan> daily = plan(filter, null, Grain.DAY);
        if (daily.isPresent() || filter.from() == null || filter.to() == null) {
            return daily.or(() -> plan(filter, null, Grain.HOUR));
        }
        Instant firstDay = filter.from().truncatedTo(ChronoUnit.DAYS);
        if (firstDay.isBefore(filter.from())) {
            firstDay = firstDay.plus(1, ChronoUnit.DAYS);
        }
        Instant lastDay = filter.to().truncatedTo(ChronoUnit.DAYS);
        if (!firstDay.isBefore(lastDay)) {
            return plan(filter, null, Grain.HOUR);
        }
        List<Instant[]> hours = new ArrayList<>();
        if (filter.from().isBefore(firstDay)) {
            hours.add(new Instant[] {filter.from(), firstDay});
        }
        if (lastDay.isBefore(filter.to())) {
            hours.add(new Instant[] {lastDay, filter.to()});
        }
        return mixedPlan(filter, null, List.<Instant[]>of(new Instant[] {firstDay, lastDay}), hours)
                .or(() -> plan(filter, null, Grain.HOUR));
    }

    /** The first and last hour that hold strikes, or empty when there are none (two index probes). */
    public Optional<Instant[]> hours() {
        Instant[] range = jdbc.sql("select date_trunc('hour', min(started_at), 'UTC') as first,"
                        + " date_trunc('hour', max(started_at), 'UTC') as last from strike")
                .query((rs, n) -> new Instant[] {Times.instant(rs, "first"), Times.instant(rs, "last")})
                .single();
        return range[0] == null ? Optional.empty() : Optional.of(range);
    }

    /**
     * The rows of one grain and grouping set as they are at the reader's snapshot: the rollup rows of
     * clean days, and for the days the invalidation log ({@code strike_rollup_dirty}) names, one row per
     * strike (per target category where the set holds it) computed from the strike table, in the
     * rollup's columns. One statement reads both, so the sums are exact at every commit.
     */
    static String relation(RollupSet set, Grain grain, StrikeFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(rollupRows()).append(" where c.grain = '")
                .append(grain.code).append("' and c.gset = ").append(set.gset);
        if (filter.from() != null) {
            sql.append(" and c.bucket >= :rollupFrom");
        }
        if (filter.to() != null) {
            sql.append(" and c.bucket < :rollupTo");
        }
        sql.append(" and not exists (select 1 from strike_rollup_dirty i where i.day = ")
                .append(grain == Grain.DAY ? "c.bucket" : "date_trunc('day', c.bucket, 'UTC')").append(')');
        return sql.append(" union all ").append(dirtyRows(set, grain, filter)).toString();
    }

    /**
     * As {@link #relation}, but daily rows for the runs of whole UTC days and hourly rows for the runs of
     * hours given (each {@code [start, end)}), and the strikes of dirty days by the hour.
     */
    static String mixedRelation(RollupSet set, StrikeFilter filter, List<Instant[]> wholeDays, List<Instant[]> hours,
            List<Instant> moved, Map<String, Object> params) {
        // each run an index range of its own (a join with unnest() of the runs was planned as a scan of every
        // hourly row of the set: the planner cannot see how narrow the ranges are)
        return rollupRows() + " where c.grain = 'd' and c.gset = " + set.gset + " and (" + ranges("rollupDay", wholeDays, params)
                + ") and not exists (select 1 from strike_rollup_dirty i where i.day = c.bucket)"
                + " union all " + rollupRows() + " where c.grain = 'h' and c.gset = " + set.gset + " and ("
                + ranges("rollupHour", hours, params)
                + ") and not exists (select 1 from strike_rollup_dirty i where i.day = date_trunc('day', c.bucket, 'UTC'))"
                + movedRows(set, moved, params)
                + " union all " + dirtyRows(set, Grain.HOUR, filter);
    }

    /**
     * The moved hours' rows, as they are (sign 1) and negated under their UTC day's start (sign -1): one
     * probe of the (grain, gset, bucket) index per hour, the hours passed as one array (one parameter to
     * plan, not hundreds).
     */
    private static String movedRows(RollupSet set, List<Instant> moved, Map<String, Object> params) {
        if (moved.isEmpty()) {
            return "";
        }
        params.put("rollupMoved", moved.stream().map(Instant::toString).collect(Collectors.joining(",", "{", "}")));
        return " union all select c.grain, c.gset, case when m.sign = 1 then c.bucket else date_trunc('day', c.bucket, 'UTC')"
                + " end, c.k1, c.k2, c.strikes * m.sign" + MOVED_COLUMNS
                + " from unnest(cast(:rollupMoved as timestamptz[])) h(hour) join strike_rollup c on c.grain = 'h'"
                + " and c.gset = " + set.gset + " and c.bucket = h.hour cross join (values (1), (-1)) m(sign)"
                + " where not exists (select 1 from strike_rollup_dirty i where i.day = date_trunc('day', c.bucket, 'UTC'))";
    }

    private static String ranges(String name, List<Instant[]> runs, Map<String, Object> params) {
        if (runs.isEmpty()) {
            return "false";
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("(c.bucket >= :").append(name).append(i).append("s and c.bucket < :")
                    .append(name).append(i).append("e)");
            params.put(name + i + "s", Timestamp.from(runs.get(i)[0]));
            params.put(name + i + "e", Timestamp.from(runs.get(i)[1]));
        }
        return sql.toString();
    }

    private static String rollupRows() {
        return "select c.grain, c.gset, c.bucket, c.k1, c.k2, c.strikes" + FIGURE_COLUMNS.replace(", ", ", c.")
                + SIZE_COLUMNS.replace(", ", ", c.") + " from strike_rollup c";
    }

    /** The strikes of the days the invalidation log names, one row each (per category where the set holds it). */
    private static String dirtyRows(RollupSet set, Grain grain, StrikeFilter filter) {
        StringBuilder sql = new StringBuilder("select '").append(grain.code).append("', ").append(set.gset)
                .append(", date_trunc('").append(grain == Grain.DAY ? "day" : "hour").append("', s.started_at, 'UTC'), ")
                .append(keyExpression(set, 0)).append(", ").append(keyExpression(set, 1)).append(", 1::bigint");
        for (Figure figure : Figure.values()) {
            String f = "s." + figure.field();
            String stated = f + "_best is not null";
            sql.append(", (").append(stated).append(")::int::bigint")
                    .append(", case when ").append(stated).append(" then ").append(f).append("_low else 0 end::bigint")
                    .append(", coalesce(").append(f).append("_best, 0)::bigint")
                    .append(", case when ").append(stated).append(" then coalesce(").append(f)
                    .append("_high, 0) else 0 end::bigint")
                    .append(", (").append(stated).append(" and ").append(f).append("_high is null)::int::bigint");
        }
        for (String condition : SIZE_CLASSES) {
            sql.append(", coalesce(s.launched_best ").append(condition).append(", false)::int::bigint");
        }
        // one range scan of the started_at index per dirty day: "offset 0" keeps PostgreSQL from flattening
        // the lateral subquery into a join, which it planned as a scan of the whole strike table filtered
        // by the dimensions (400 ms at 100k strikes with no day dirty; 11 ms this way)
        sql.append(" from (select distinct day from strike_rollup_dirty) i cross join lateral (select * from strike s0")
                .append(" where s0.started_at >= i.day and s0.started_at < i.day + interval '1 day'");
        if (filter.from() != null) {
            sql.append(" and s0.started_at >= :rollupFrom");
        }
        if (filter.to() != null) {
            sql.append(" and s0.started_at < :rollupTo");
        }
        sql.append(" offset 0) s");
        if (set.keys.contains(StrikeDimension.TARGET_CATEGORY)) {
            sql.append(" cross join lateral (select distinct unnest(case when cardinality(s.target_categories) = 0")
                    .append(" then array[null]::text[] else s.target_categories end) as category) tc");
        }
        return sql.toString();
    }

    private static String keyExpression(RollupSet set, int index) {
        if (set.keys.size() <= index) {
            return "null::text";
        }
        StrikeDimension key = set.keys.get(index);
        return key == StrikeDimension.TARGET_CATEGORY ? "tc.category::text" : key.column() + "::text";
    }

    private static final String FIGURE_COLUMNS = figureColumns();

    /**
     * The attack-size columns of V118, in order: strikes whose best launched figure lies in each class
     * ({@link #SIZE_CLASSES}, as SQL conditions on it).
     */
    public static final List<String> SIZES = List.of("size_lt10", "size_10_49", "size_50_99", "size_ge100");

    static final List<String> SIZE_CLASSES = List.of("between 0 and 9", "between 10 and 49", "between 50 and 99",
            ">= 100");

    private static final String SIZE_COLUMNS = ", " + String.join(", ", SIZES);

    /** The figure and size columns of a moved hour's row, times its sign: ", c.launched_n * m.sign, ...". */
    private static final String MOVED_COLUMNS = (FIGURE_COLUMNS + SIZE_COLUMNS).replaceAll(", (\\w+)", ", c.$1 * m.sign");

    private static String figureColumns() {
        StringBuilder columns = new StringBuilder();
        for (Figure figure : Figure.values()) {
            for (String part : List.of("n", "low", "best", "high", "unbounded")) {
                columns.append(", ").append(figure.field()).append('_').append(part);
            }
        }
        return columns.toString();
    }

    private static String column(RollupSet set, StrikeDimension dimension) {
        return set.keys.indexOf(dimension) == 0 ? "k1" : "k2";
    }
}
