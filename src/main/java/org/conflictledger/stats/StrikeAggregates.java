package org.conflictledger.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conflictledger.common.ApiException;
import org.conflictledger.strike.StrikeFilter;
import org.conflictledger.strike.StrikeRollups;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates of the strikes matching the strike-list filters that a dashboard draws and the
 * statistics do not give: how many attacks of each size, and the located strikes as map points or,
 * when there are many, grid clusters. Plain SQL (JdbcClient): one grouped scan each.
 */
@Service
public class StrikeAggregates {

    /**
     * The attack-size classes on the best launched figure: [min, max], max -1 for "and more" (the rollups
     * count the same classes: V118, {@link StrikeRollups#SIZES}).
     */
    static final int[][] SIZE_CLASSES = {{0, 9}, {10, 49}, {50, 99}, {100, -1}};

    /** Located strikes answered one by one up to this many; more are clustered. */
    public static final int DEFAULT_POINT_LIMIT = 2000;

    static final int MAX_POINT_LIMIT = 10_000;

    static final double DEFAULT_CELL_DEGREES = 0.25;

    /** One size class: strikes whose best launched figure lies in [min, max] (max null: unbounded). */
    public record SizeClass(String label, int min, @Nullable Integer max, long strikes) {
    }

    /** The size classes, the strikes without a launched figure, and all matching strikes. */
    public record AttackSizes(List<SizeClass> classes, long withoutLaunched, long total) {
    }

    /**
     * A map point: one strike ({@code strikeId} set) or a cluster of {@code strikes} at their mean
     * position; {@code launched} sums their best launched figures (null when none states one).
     */
    public record MapPoint(double latitude, double longitude, long strikes, @Nullable Long launched,
            @Nullable Long strikeId) {
    }

    /**
     * The strikes located at town or exact precision ({@code located} of {@code total} matching), as
     * points or, when {@code clustered}, per grid cell of {@code cellDegrees}.
     */
    public record MapPoints(long total, long located, boolean clustered, @Nullable Double cellDegrees,
            List<MapPoint> items) {
    }

    private final JdbcClient jdbc;
    private final StrikeRollups rollups;

    StrikeAggregates(JdbcClient jdbc, StrikeRollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    /**
     * How many of the matching strikes fall in each size class: from the rollups when they hold the
     * filter (exact: dirty days are counted from the strike table; a 90-day window in Kyiv days reads about
     * 130 rollup rows), else from the strike table.
     */
    @Transactional(readOnly = true)
    public AttackSizes sizes(StrikeFilter filter) {
        Optional<StrikeRollups.Plan> plan = rollups.totalPlan(filter);
        if (plan.isPresent()) {
            StringBuilder sql = new StringBuilder("select coalesce(sum(r.strikes), 0) as total,"
                    + " coalesce(sum(r.strikes - r.launched_n), 0) as without_launched");
            for (int i = 0; i < SIZE_CLASSES.length; i++) {
                sql.append(", coalesce(sum(r.").append(StrikeRollups.SIZES.get(i)).append("), 0) as c").append(i);
            }
            return jdbc.sql(sql.append(plan.get().from()).toString()).params(plan.get().params())
                    .query((rs, n) -> attackSizes(rs)).single();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        filter.appendConditions(where, params);
        StringBuilder sql = new StringBuilder("select count(*) as total, count(*) filter (where s.launched_best is null)"
                + " as without_launched");
        for (int i = 0; i < SIZE_CLASSES.length; i++) {
            sql.append(", count(*) filter (where s.launched_best >= ").append(SIZE_CLASSES[i][0]);
            if (SIZE_CLASSES[i][1] >= 0) {
                sql.append(" and s.launched_best <= ").append(SIZE_CLASSES[i][1]);
            }
            sql.append(") as c").append(i);
        }
        sql.append(" from strike s").append(where);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> attackSizes(rs)).single();
    }

    private static AttackSizes attackSizes(ResultSet rs) throws SQLException {
        List<SizeClass> classes = new ArrayList<>();
        for (int i = 0; i < SIZE_CLASSES.length; i++) {
            int min = SIZE_CLASSES[i][0];
            Integer max = SIZE_CLASSES[i][1] < 0 ? null : SIZE_CLASSES[i][1];
            String label = max == null ? "≥ " + min : max == 9 ? "< 10" : min + "–" + max;
            classes.add(new SizeClass(label, min, max, rs.getLong("c" + i)));
        }
        return new AttackSizes(List.copyOf(classes), rs.getLong("without_launched"), rs.getLong("total"));
    }

    /**
     * The located strikes matching {@code filter}: each one when there are at most {@code limit}
     * (default {@value #DEFAULT_POINT_LIMIT}), else clusters per cell of {@code cellDegrees} (default
     * 0.25) degrees of latitude and longitude.
     */
    @Transactional(readOnly = true)
    public MapPoints points(StrikeFilter filter, Integer limit, Double cellDegrees) {
        int max = limit == null ? DEFAULT_POINT_LIMIT : limit;
        if (max < 1 || max > MAX_POINT_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_POINT_LIMIT);
        }
        double cell = cellDegrees == null ? DEFAULT_CELL_DEGREES : cellDegrees;
        if (!(cell >= 0.01 && cell <= 10)) {
            throw ApiException.invalid("cellDegrees", "must be between 0.01 and 10");
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        filter.appendConditions(where, params);
        // the matching strikes' number from the rollups when they hold the filter (exact: dirty days are
        // counted from the strike table), else counted
        long total = rollups.count(filter).orElseGet(() -> jdbc.sql("select count(*) from strike s" + where)
                .params(params).query(Long.class).single());
        where.append(" and s.geo_precision in ('EXACT', 'TOWN') and s.latitude is not null");
        // one scan clusters the located strikes; their number decides whether single points are answered
        params.put("cell", cell);
        List<MapPoint> clusters = jdbc.sql("select avg(s.latitude) as latitude, avg(s.longitude) as longitude,"
                        + " count(*) as strikes, sum(s.launched_best)::bigint as launched, min(s.id) as first_id"
                        + " from strike s" + where
                        + " group by floor(s.latitude / :cell), floor(s.longitude / :cell) order by 3 desc, 5")
                .params(params)
                .query((rs, n) -> {
                    long strikes = rs.getLong("strikes");
                    return new MapPoint(rs.getDouble("latitude"), rs.getDouble("longitude"), strikes,
                            rs.getObject("launched", Long.class), strikes == 1 ? rs.getLong("first_id") : null);
                })
                .list();
        long located = clusters.stream().mapToLong(MapPoint::strikes).sum();
        if (located <= max) {
            List<MapPoint> points = jdbc.sql("select s.id, s.latitude, s.longitude, s.launched_best::bigint as launched_best from strike s"
                            + where + " order by s.id")
                    .params(params)
                    .query((rs, n) -> new MapPoint(rs.getDouble("latitude"), rs.getDouble("longitude"), 1,
                            rs.getObject("launched_best", Long.class), rs.getLong("id")))
                    .list();
            return new MapPoints(total, located, false, null, points);
        }
        return new MapPoints(total, located, true, cell, clusters);
    }
}
