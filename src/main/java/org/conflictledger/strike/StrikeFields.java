package org.conflictledger.strike;

import org.conflictledger.common.TimePrecision;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The checked, normalised fields of a strike itself (everything but claims and derived figures). */
record StrikeFields(String attacker, String target, Instant startedAt, Instant endedAt, TimePrecision timePrecision,
        String place, String region, String country, Double latitude, Double longitude, GeoPrecision geoPrecision,
        String launchPlace, WeaponCategory weaponCategory, List<String> weaponModels,
        Set<TargetCategory> targetCategories) {
}
