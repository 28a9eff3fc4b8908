package org.conflictledger.strike;

import org.conflictledger.common.TimePrecision;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.conflictledger.ceasefire.CoveringCeasefire;

/**
 * A strike as the API shows it. Each figure is {@code {low, best, high, claims}} or null when no
 * claim states it. {@code claims} is listed on single reads and left out of list pages.
 * {@code regionCode} is the ISO 3166-2 code of the first-level area (UA-63), derived by the database
 * from {@code region} or the coordinates on every write; null when they name no area.
 * {@code ceasefires} are the cease-fires it falls under, as they stand now ({@code [{id, name, certainty}]}).
 */
public record StrikeView(Long id, long version, String attacker, String target, Instant startedAt,
        Instant endedAt, TimePrecision timePrecision, String place, String region, String regionCode, String country,
        Double latitude, Double longitude, GeoPrecision geoPrecision, String launchPlace,
        WeaponCategory weaponCategory, List<String> weaponModels, List<TargetCategory> targetCategories,
        ReconciledFigure launched, ReconciledFigure intercepted, ReconciledFigure suppressed,
        ReconciledFigure hit, ReconciledFigure killed, ReconciledFigure wounded,
        boolean inconsistent,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ClaimView> claims,
        Map<String, String> externalIds,
        List<CoveringCeasefire> ceasefires,
        Instant createdAt, Instant updatedAt) {

    StrikeView withCeasefires(List<CoveringCeasefire> covering) {
        return new StrikeView(id, version, attacker, target, startedAt, endedAt, timePrecision, place, region, regionCode,
                country, latitude, longitude, geoPrecision, launchPlace, weaponCategory, weaponModels, targetCategories,
                launched, intercepted, suppressed, hit, killed, wounded, inconsistent, claims, externalIds, covering,
                createdAt, updatedAt);
    }
}
