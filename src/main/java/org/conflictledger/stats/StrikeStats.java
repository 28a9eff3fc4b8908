package org.conflictledger.stats;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON answer of the strike statistics (written field by field as it streams; this record is its
 * shape): the bucket unit, zone and grouping that were applied, which table answered, and the buckets.
 */
public record StrikeStats(
        @Schema(allowableValues = {"hour", "day", "week", "month"}) String bucket,
        String tz,
        @Schema(allowableValues = {"none", "attacker", "target", "weaponCategory", "targetCategory", "region",
                "regionCode", "country"})
        String groupBy,
        @Schema(description = "Which table answered", allowableValues = {"rollup-day", "rollup-hour", "rollup-day-hour", "base"})
        String source,
        List<StatsBucket> buckets) {
}
