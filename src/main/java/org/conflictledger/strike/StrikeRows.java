package org.conflictledger.strike;

import org.conflictledger.common.TimePrecision;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.common.Times;

/** Reads strike rows (without claims) straight from SQL: the list, statistics and exports share it. */
final class StrikeRows {

    /** The columns {@link #map} reads, for a strike table aliased {@code s}. */
    static final String COLUMNS = """
            s.id, s.version, s.attacker, s.target, s.started_at, s.ended_at, s.time_precision, s.place, s.region,
            s.region_code,            s.country, s.latitude, s.longitude, s.geo_precision, s.launch_place, s.weapon_category, s.weapon_models,
            s.target_categories,
            s.launched_low, s.launched_best, s.launched_high, s.launched_claims,
            s.intercepted_low, s.intercepted_best, s.intercepted_high, s.intercepted_claims,
            s.suppressed_low, s.suppressed_best, s.suppressed_high, s.suppressed_claims,
            s.hit_low, s.hit_best, s.hit_high, s.hit_claims,
            s.killed_low, s.killed_best, s.killed_high, s.killed_claims,
            s.wounded_low, s.wounded_best, s.wounded_high, s.wounded_claims,
            exists (select 1 from claim c where c.strike_id = s.id and c.inconsistent) as inconsistent,
            (select array_agg(e.dataset || chr(31) || e.external_id order by e.dataset)
               from strike_external_id e where e.strike_id = s.id) as external_ids,
            s.created_at, s.updated_at""";

    private StrikeRows() {
    }

    static StrikeView map(ResultSet rs, int row) throws SQLException {
        return new StrikeView(rs.getLong("id"), rs.getLong("version"), rs.getString("attacker"),
                rs.getString("target"), Times.instant(rs, "started_at"), Times.instant(rs, "ended_at"),
                TimePrecision.valueOf(rs.getString("time_precision")), rs.getString("place"), rs.getString("region"),
                rs.getString("region_code"),                rs.getString("country"), doubleOrNull(rs, "latitude"), doubleOrNull(rs, "longitude"),
                GeoPrecision.valueOf(rs.getString("geo_precision")), rs.getString("launch_place"),
                WeaponCategory.valueOf(rs.getString("weapon_category")), strings(rs.getArray("weapon_models")),
                strings(rs.getArray("target_categories")).stream().map(TargetCategory::valueOf).toList(),
                figure(rs, "launched"), figure(rs, "intercepted"), figure(rs, "suppressed"), figure(rs, "hit"),
                figure(rs, "killed"), figure(rs, "wounded"), rs.getBoolean("inconsistent"), null,
                externalIds(rs.getArray("external_ids")), List.of(), Times.instant(rs, "created_at"),
                Times.instant(rs, "updated_at"));
    }

    static ReconciledFigure figure(ResultSet rs, String name) throws SQLException {
        int claims = rs.getInt(name + "_claims");
        if (claims == 0) {
            return null;
        }
        return ReconciledFigure.of(longOrNull(rs, name + "_low"), longOrNull(rs, name + "_best"),
                longOrNull(rs, name + "_high"), claims);
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object value : values) {
            out.add((String) value);
        }
        return out;
    }

    static Map<String, String> externalIds(Array array) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : strings(array)) {
            int split = pair.indexOf(31);
            out.put(pair.substring(0, split), pair.substring(split + 1));
        }
        return out;
    }
}
