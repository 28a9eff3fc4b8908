package org.conflictledger.stats;

import java.time.ZoneId;

import org.conflictledger.strike.StrikeDimension;
import org.conflictledger.strike.StrikeFilter;

/**
 * A statistics question: strikes matching {@code filter}, bucketed by {@code bucket} in zone
 * {@code tz}, grouped by {@code groupBy} (null: not grouped).
 */
public record StatsQuery(BucketUnit bucket, ZoneId tz, StrikeDimension groupBy, StrikeFilter filter) {
}
