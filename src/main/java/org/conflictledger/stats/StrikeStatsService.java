package org.conflictledger.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.conflictledger.common.CsvWriter;
import org.conflictledger.common.ExportQueries;
import org.conflictledger.common.StreamedExport;
import org.conflictledger.strike.RollupAnswers;
import org.conflictledger.strike.StrikeDimension;
import org.conflictledger.strike.StrikeRollups;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strike statistics: counts and sums of reconciled figures per time bucket and group. Answered from
 * the strike rollups (exact, kept by triggers) whenever they hold the question — UTC days for day,
 * week and month buckets in UTC, UTC hours for any zone whose offsets are whole hours — and from the
 * strike table otherwise (other zones, a place or minLaunched filter, dimensions no rollup holds
 * together). Both give the same numbers; {@code StatsIT} compares them with plain SQL. Heavy reads:
 * SQL through JdbcClient, streamed.
 */
@Service
public class StrikeStatsService {

    private static final String[] FIGURES = {"launched", "intercepted", "suppressed", "hit", "killed", "wounded"};

    /** The CSV columns of a statistics export. */
    public static final List<String> CSV_COLUMNS = csvColumns();

    private final StrikeRollups rollups;
    private final ExportQueries queries;
    private final StatsProperties properties;
    private final JsonMapper json;
    private final RollupAnswers answers;

    /**
     * Questions planned before, most recently asked last: a plan that did not read the data (every plan but
     * one over an open range in hours) is the same the next time, and so is its answer's key, whose hash
     * the kept answers then find without reading it again.
     */
    private final Map<StatsQuery, Run> planned = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StatsQuery, Run> eldest) {
            return size() > PLANNED;
        }
    };

    private static final int PLANNED = 256;

    StrikeStatsService(StrikeRollups rollups, ExportQueries queries, StatsProperties properties, JsonMapper json,
            RollupAnswers answers) {
        this.rollups = rollups;
        this.queries = queries;
        this.properties = properties;
        this.json = json;
        this.answers = answers;
    }

    /** A statistics question, planned: which table answers it, and the SQL that does. */
    public final class Run {

        private final StatsQuery query;
        private final String source;
        private final String sql;
        private final Map<String, Object> params;
        private final boolean reusable;
        // the kept answers' keys (null for the base table, whose answers are not kept)
        private final String jsonKey;
        private final String csvKey;

        private Run(StatsQuery query, String source, String sql, Map<String, Object> params, boolean reusable) {
            this.query = query;
            this.source = source;
            this.sql = sql;
            this.params = params;
            this.reusable = reusable;
            String key = source.equals("base") ? null : query + " " + sql + " " + params;
            this.jsonKey = key == null ? null : "stats json " + key;
            this.csvKey = key == null ? null : "stats csv " + key;
        }

        /** {@code rollup-day}, {@code rollup-hour}, {@code rollup-day-hour} or {@code base}: where the numbers come from. */
        public String source() {
            return source;
        }

        /** Hands every bucket, in time then group order, to {@code each} as it is read. */
        public void forEach(Consumer<StatsBucket> each) {
            queries.stream(sql, params, rs -> each.accept(bucket(rs, query)));
        }

        /** Every bucket, in memory (tests and small answers; exports stream). */
        public List<StatsBucket> buckets() {
            List<StatsBucket> out = new ArrayList<>();
            forEach(out::add);
            return out;
        }

        /** {@code {"bucket","tz","groupBy","source","buckets":[...]}}, streamed (or kept: see {@link RollupAnswers}). */
        public StreamedExport json() {
            return kept(jsonKey, out -> {
                try (JsonGenerator gen = json.createGenerator(out)) {
                    gen.writeStartObject();
                    gen.writeStringProperty("bucket", query.bucket().param());
                    gen.writeStringProperty("tz", query.tz().getId());
                    gen.writeStringProperty("groupBy", query.groupBy() == null ? "none" : query.groupBy().param());
                    gen.writeStringProperty("source", source);
                    gen.writeName("buckets");
                    gen.writeStartArray();
                    forEach(bucket -> write(gen, bucket));
                    gen.writeEndArray();
                    gen.writeEndObject();
                }
            });
        }

        /** One header line, then one line per bucket (streamed, or kept as {@link #json()}). */
        public StreamedExport csv() {
            return kept(csvKey, out -> {
                CsvWriter csv = new CsvWriter(out);
                csv.header(CSV_COLUMNS);
                forEach(b -> {
                    csv.field(b.start()).field(b.local()).field(b.group()).field(b.strikes());
                    for (FigureSum sum : List.of(optional(b.launched()), optional(b.intercepted()),
                            optional(b.suppressed()), optional(b.hit()), optional(b.killed()), optional(b.wounded()))) {
                        csv.field(sum.low()).field(sum.best()).field(sum.high());
                    }
                    csv.field(b.interceptionRate()).endRecord();
                });
                csv.flush();
            });
        }

        /** Answers read from the rollups are kept while the rollups and the range's strikes are unchanged. */
        private StreamedExport kept(String key, StreamedExport compute) {
            if (source.equals("base")) {
                return compute;
            }
            return out -> answers.write(key, query.filter().from(), query.filter().to(), out, compute);
        }
    }

    /** Plans the question; nothing is read until the run is consumed. */
    public Run prepare(StatsQuery query) {
        synchronized (planned) {
            Run known = planned.get(query);
            if (known != null) {
                return known;
            }
        }
        Run run = run(query, properties.rollups() ? plan(query) : new RollupPlan(Optional.empty(), false));
        if (run.reusable) {
            synchronized (planned) {
                planned.put(query, run);
            }
        }
        return run;
    }

    /** A plan from the rollups (empty: the base table answers), and whether making it read the data. */
    private record RollupPlan(Optional<StrikeRollups.Plan> plan, boolean readTheData) {
    }

    private Run run(StatsQuery query, RollupPlan rollupPlan) {
        Optional<StrikeRollups.Plan> plan = rollupPlan.plan();
        boolean reusable = !rollupPlan.readTheData();
        Map<String, Object> params = new HashMap<>();
        params.put("unit", query.bucket().param());
        params.put("tz", query.tz().getId());
        if (plan.isPresent()) {
            StrikeRollups.Plan p = plan.get();
            params.putAll(p.params());
            StringBuilder sql = new StringBuilder("select date_trunc(:unit, r.bucket, :tz) as start, ")
                    .append(p.groupColumn() == null ? "null::text" : p.groupColumn()).append(" as grp,")
                    .append(" sum(r.strikes)::bigint as strikes");
            for (String f : FIGURES) {
                for (String part : List.of("n", "low", "best", "high", "unbounded")) {
                    sql.append(", sum(r.").append(f).append('_').append(part).append(")::bigint as ")
                            .append(f).append('_').append(part);
                }
            }
            sql.append(p.from()).append(" group by 1, 2 having sum(r.strikes) <> 0 order by 1, 2");
            String source = p.params().containsKey("rollupDay0s") ? "rollup-day-hour"
                    : "rollup-" + p.grain().name().toLowerCase(Locale.ROOT);
            return new Run(query, source, sql.toString(), params, reusable);
        }
        StringBuilder where = new StringBuilder(" where true");
        query.filter().appendConditions(where, params);
        StringBuilder sql = new StringBuilder("select date_trunc(:unit, s.started_at, :tz) as start, ")
                .append(groupExpression(query.groupBy())).append(" as grp, count(*) as strikes");
        for (String f : FIGURES) {
            String stated = "s." + f + "_best is not null";
            sql.append(", count(s.").append(f).append("_best) as ").append(f).append("_n")
                    .append(", sum(s.").append(f).append("_low) filter (where ").append(stated).append(") as ")
                    .append(f).append("_low")
                    .append(", sum(s.").append(f).append("_best) as ").append(f).append("_best")
                    .append(", sum(s.").append(f).append("_high) filter (where ").append(stated).append(") as ")
                    .append(f).append("_high")
                    .append(", count(*) filter (where ").append(stated).append(" and s.").append(f)
                    .append("_high is null) as ").append(f).append("_unbounded");
        }
        sql.append(" from strike s");
        if (query.groupBy() == StrikeDimension.TARGET_CATEGORY) {
            sql.append(" cross join lateral (select distinct unnest(case when cardinality(s.target_categories) = 0")
                    .append(" then array[null]::text[] else s.target_categories end) as category) tc");
        }
        sql.append(where).append(" group by 1, 2 order by 1, 2");
        return new Run(query, "base", sql.toString(), params, reusable);
    }

    // the data is read for one thing only: the first and last hour holding strikes, for an open range that
    // the daily rollups cannot answer (the zone's offsets over them decide between hourly rows and the base table)
    private RollupPlan plan(StatsQuery query) {
        if (query.bucket() != BucketUnit.HOUR && Zones.isUtc(query.tz())) {
            Optional<StrikeRollups.Plan> daily = rollups.plan(query.filter(), query.groupBy(), StrikeRollups.Grain.DAY);
            if (daily.isPresent()) {
                return new RollupPlan(daily, false);
            }
        }
        Instant from = query.filter().from();
        Instant to = query.filter().to();
        boolean open = from == null || to == null;
        if (open) {
            Optional<Instant[]> hours = rollups.hours();
            if (hours.isEmpty()) {
                return new RollupPlan(rollups.plan(query.filter(), query.groupBy(), StrikeRollups.Grain.HOUR), true);
            }
            from = from == null ? hours.get()[0] : from;
            to = to == null ? hours.get()[1].plusSeconds(3600) : to;
        }
        if (!Zones.wholeHours(query.tz(), from, to)) {
            return new RollupPlan(Optional.empty(), open);
        }
        if (query.bucket() != BucketUnit.HOUR && !open) {
            Optional<StrikeRollups.Plan> mixed = mixedPlan(query);
            if (mixed.isPresent()) {
                return new RollupPlan(mixed, false);
            }
        }
        return new RollupPlan(rollups.plan(query.filter(), query.groupBy(), StrikeRollups.Grain.HOUR), open);
    }

    /**
     * A UTC day inside the range whose hours fall in two buckets is still read as its daily row when at
     * most this many of its hours lie in another bucket than its first hour: those hours are then read
     * twice, added to their own bucket and taken off the day's (a Kyiv day starts at 21:00 or 22:00 UTC:
     * one daily and three hourly rows per day instead of 24 hourly ones).
     */
    static final int MAX_MOVED_HOURS = 8;

    /**
     * Daily rows for the UTC days that lie whole inside the range, hourly rows for the days at its ends;
     * a day whose last hours belong to the next bucket (a Kyiv day, week or month starts at 21:00 or 22:00
     * UTC) is its daily row plus those hours moved from its bucket to theirs. Empty when no UTC day lies
     * whole inside the range.
     */
    private Optional<StrikeRollups.Plan> mixedPlan(StatsQuery query) {
        Instant from = query.filter().from();
        Instant to = query.filter().to();
        List<Instant[]> days = new ArrayList<>();
        List<Instant[]> hours = new ArrayList<>();
        List<Instant> moved = new ArrayList<>();
        Instant day = from.truncatedTo(ChronoUnit.DAYS);
        while (day.isBefore(to)) {
            Instant next = day.plus(1, ChronoUnit.DAYS);
            List<Instant> others = !day.isBefore(from) && !next.isAfter(to) ? hoursInOtherBuckets(query, day, next) : null;
            boolean daily = others != null && others.size() <= MAX_MOVED_HOURS;
            if (daily) {
                moved.addAll(others);
            }
            Instant start = daily || day.isAfter(from) ? day : from;
            Instant end = daily || next.isBefore(to) ? next : to;
            List<Instant[]> runs = daily ? days : hours;
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1].equals(start)) {
                runs.get(runs.size() - 1)[1] = end;
            } else {
                runs.add(new Instant[] {start, end});
            }
            day = next;
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        return rollups.mixedPlan(query.filter(), query.groupBy(), days, hours, moved);
    }

    /** The hours of the UTC day [day, next) that lie in another bucket than its first hour. */
    private static List<Instant> hoursInOtherBuckets(StatsQuery query, Instant day, Instant next) {
        Instant last = next.minus(1, ChronoUnit.HOURS);
        if (query.bucket().sameBucket(day, last, query.tz())) {
            return List.of();
        }
        List<Instant> others = new ArrayList<>();
        for (Instant hour = day.plus(1, ChronoUnit.HOURS); hour.isBefore(next); hour = hour.plus(1, ChronoUnit.HOURS)) {
            if (!query.bucket().sameBucket(day, hour, query.tz())) {
                others.add(hour);
            }
        }
        return others;
    }

    private static String groupExpression(StrikeDimension groupBy) {
        if (groupBy == null) {
            return "null::text";
        }
        return groupBy == StrikeDimension.TARGET_CATEGORY ? "tc.category" : groupBy.column();
    }

    // by column index: the select lists above are start, grp, strikes, then n, low, best, high, unbounded per figure
    private static StatsBucket bucket(ResultSet rs, StatsQuery query) throws SQLException {
        Instant start = rs.getTimestamp(1).toInstant();
        FigureSum[] sums = new FigureSum[FIGURES.length];
        for (int i = 0; i < FIGURES.length; i++) {
            int column = 4 + 5 * i;
            if (rs.getLong(column) != 0) {
                long high = rs.getLong(column + 3);
                sums[i] = new FigureSum(rs.getLong(column + 1), rs.getLong(column + 2),
                        rs.getLong(column + 4) > 0 ? null : high);
            }
        }
        return new StatsBucket(start, query.bucket().local(start, query.tz()), rs.getString(2), rs.getLong(3),
                sums[0], sums[1], sums[2], sums[3], sums[4], sums[5],
                StatsBucket.interceptionRate(sums[0], sums[1], sums[2]));
    }

    /** One bucket as JSON, written field by field (a long series is thousands of them). */
    private static void write(JsonGenerator gen, StatsBucket bucket) {
        gen.writeStartObject();
        gen.writeStringProperty("start", bucket.start().toString());
        gen.writeStringProperty("local", bucket.local());
        gen.writeStringProperty("group", bucket.group());
        gen.writeNumberProperty("strikes", bucket.strikes());
        FigureSum[] sums = {bucket.launched(), bucket.intercepted(), bucket.suppressed(), bucket.hit(), bucket.killed(),
                bucket.wounded()};
        for (int i = 0; i < FIGURES.length; i++) {
            gen.writeName(FIGURES[i]);
            FigureSum sum = sums[i];
            if (sum == null) {
                gen.writeNull();
            } else {
                gen.writeStartObject();
                gen.writeNumberProperty("low", sum.low());
                gen.writeNumberProperty("best", sum.best());
                if (sum.high() == null) {
                    gen.writeNullProperty("high");
                } else {
                    gen.writeNumberProperty("high", sum.high());
                }
                gen.writeEndObject();
            }
        }
        if (bucket.interceptionRate() == null) {
            gen.writeNullProperty("interceptionRate");
        } else {
            gen.writeNumberProperty("interceptionRate", bucket.interceptionRate());
        }
        gen.writeEndObject();
    }

    private static FigureSum optional(FigureSum sum) {
        return sum == null ? new FigureSum(null, null, null) : sum;
    }

    private static List<String> csvColumns() {
        List<String> columns = new ArrayList<>(List.of("start", "local", "group", "strikes"));
        for (String f : FIGURES) {
            for (String part : List.of("Low", "Best", "High")) {
                columns.add(f + part);
            }
        }
        columns.add("interceptionRate");
        return List.copyOf(columns);
    }
}
