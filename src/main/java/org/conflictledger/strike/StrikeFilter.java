package org.conflictledger.strike;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.Times;
import org.conflictledger.party.PartyService;

/**
 * The filters of the strike list, shared by statistics and exports so that every view of "the
 * strikes that match" means the same rows. Time filters use {@code startedAt}: {@code from}
 * inclusive, {@code to} exclusive.
 */
public record StrikeFilter(String attacker, String target, WeaponCategory weaponCategory,
        TargetCategory targetCategory, String region, String country, String place, Instant from, Instant to,
        Integer minLaunched, String regionCode) {

    public static final StrikeFilter NONE = new StrikeFilter(null, null, null, null, null, null, null, null, null,
            null, null);

    /** ISO 3166-2 subdivision codes as strikes carry them: two letters, a hyphen, one to three letters or digits. */
    private static final java.util.regex.Pattern REGION_CODE = java.util.regex.Pattern.compile("[A-Z]{2}-[0-9A-Z]{1,3}");

    /** The filter without a region code. */
    public StrikeFilter(String attacker, String target, WeaponCategory weaponCategory, TargetCategory targetCategory,
            String region, String country, String place, Instant from, Instant to, Integer minLaunched) {
        this(attacker, target, weaponCategory, targetCategory, region, country, place, from, to, minLaunched, null);
    }

    public StrikeFilter {
        attacker = PartyService.normalize(blankToNull(attacker));
        target = PartyService.normalize(blankToNull(target));
        region = blankToNull(region);
        country = blankToNull(country) == null ? null : country.trim().toUpperCase(Locale.ROOT);
        place = blankToNull(place);
        regionCode = blankToNull(regionCode) == null ? null : regionCode.trim().toUpperCase(Locale.ROOT);
        if (regionCode != null && !REGION_CODE.matcher(regionCode).matches()) {
            throw ApiException.invalid("regionCode", "must be an ISO 3166-2 code such as UA-63");
        }
        Times.requireOrdered(from, to);
        if (minLaunched != null && minLaunched < 0) {
            throw ApiException.invalid("minLaunched", "must be 0 or more");
        }
    }

    /**
     * Appends {@code and ...} conditions on the strike table aliased {@code s}; every value is a
     * named parameter added to {@code params}, never text in the SQL.
     */
    public void appendConditions(StringBuilder sql, Map<String, Object> params) {
        if (attacker != null) {
            sql.append(" and s.attacker = :attacker");
            params.put("attacker", attacker);
        }
        if (target != null) {
            sql.append(" and s.target = :target");
            params.put("target", target);
        }
        if (weaponCategory != null) {
            sql.append(" and s.weapon_category = :weaponCategory");
            params.put("weaponCategory", weaponCategory.name());
        }
        if (targetCategory != null) {
            sql.append(" and s.target_categories @> array[cast(:targetCategory as text)]");
            params.put("targetCategory", targetCategory.name());
        }
        if (region != null) {
            sql.append(" and lower(s.region) = lower(:region)");
            params.put("region", region);
        }
        if (country != null) {
            sql.append(" and s.country = :country");
            params.put("country", country);
        }
        if (regionCode != null) {
            sql.append(" and s.region_code = :regionCode");
            params.put("regionCode", regionCode);
        }
        if (place != null) {
            sql.append(" and lower(s.place) = lower(:place)");
            params.put("place", place);
        }
        if (from != null) {
            sql.append(" and s.started_at >= :from");
            params.put("from", java.sql.Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and s.started_at < :to");
            params.put("to", java.sql.Timestamp.from(to));
        }
        if (minLaunched != null) {
            sql.append(" and s.launched_best >= :minLaunched");
            params.put("minLaunched", minLaunched);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
