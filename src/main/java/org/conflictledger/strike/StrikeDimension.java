package org.conflictledger.strike;

import java.util.Arrays;
import java.util.List;

/**
 * A strike property that statistics group by and the strike list filters on. Target categories are
 * many per strike: grouped by them, a strike counts once in each of its categories (and a strike
 * without any under a null category); filtered by one, it counts once.
 */
public enum StrikeDimension {
    ATTACKER("attacker", "s.attacker"),
    TARGET("target", "s.target"),
    WEAPON_CATEGORY("weaponCategory", "s.weapon_category"),
    TARGET_CATEGORY("targetCategory", null),
    REGION("region", "s.region"),
    REGION_CODE("regionCode", "s.region_code"),
    COUNTRY("country", "s.country");

    private final String param;
    private final String column;

    StrikeDimension(String param, String column) {
        this.param = param;
        this.column = column;
    }

    /** The name in query parameters and JSON, e.g. {@code weaponCategory}. */
    public String param() {
        return param;
    }

    /** The column of the strike table aliased {@code s}; null for the many-valued target categories. */
    public String column() {
        return column;
    }

    public static List<String> params() {
        return Arrays.stream(values()).map(StrikeDimension::param).toList();
    }

    /** The dimension with this parameter name (case-insensitive), or null. */
    public static StrikeDimension ofParam(String param) {
        for (StrikeDimension dimension : values()) {
            if (dimension.param.equalsIgnoreCase(param)) {
                return dimension;
            }
        }
        return null;
    }

    /** The value the filter sets on this dimension, or null when it does not filter on it. */
    Object valueIn(StrikeFilter filter) {
        return switch (this) {
            case ATTACKER -> filter.attacker();
            case TARGET -> filter.target();
            case WEAPON_CATEGORY -> filter.weaponCategory() == null ? null : filter.weaponCategory().name();
            case TARGET_CATEGORY -> filter.targetCategory() == null ? null : filter.targetCategory().name();
            case REGION -> filter.region();
            case REGION_CODE -> filter.regionCode();
            case COUNTRY -> filter.country();
        };
    }
}
