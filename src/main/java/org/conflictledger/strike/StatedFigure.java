package org.conflictledger.strike;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * One figure as a source stated it: {@code {value, qualifier}}, or for a source that gives its own
 * range {@code {value, qualifier: BETWEEN, low, high}}. Its interval and point follow DOMAIN.md's
 * reconciliation rule; all arithmetic is on integers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatedFigure(
        @NotNull @Min(0) @Max(MAX) Integer value,
        @NotNull Qualifier qualifier,
        @Min(0) @Max(MAX) @Nullable Integer low,
        @Min(0) @Max(MAX) @Nullable Integer high) {

    /** The largest number any figure may state; larger is a typo, not a report. */
    public static final int MAX = 10_000_000;

    public static StatedFigure of(int value, Qualifier qualifier) {
        return new StatedFigure(value, qualifier, null, null);
    }

    public static StatedFigure between(int value, int low, int high) {
        return new StatedFigure(value, Qualifier.BETWEEN, low, high);
    }

    /** Why this figure is not a valid statement, or null when it is. */
    public String problem() {
        if (value == null || qualifier == null) {
            return "needs value and qualifier";
        }
        if (qualifier == Qualifier.BETWEEN) {
            if (low == null || high == null) {
                return "BETWEEN needs low and high";
            }
            if (low > high) {
                return "low must not exceed high";
            }
        } else if (low != null || high != null) {
            return "low and high are only for qualifier BETWEEN";
        }
        return null;
    }

    /** The smallest number the statement allows. */
    public long lowerBound() {
        return switch (qualifier) {
            case EXACT, AT_LEAST -> value;
            case MORE_THAN -> (long) value + 1;
            case AT_MOST -> 0;
            case ABOUT -> (9L * value) / 10;
            case BETWEEN -> low;
        };
    }

    /** The largest number the statement allows; null when unbounded. */
    public Long upperBound() {
        return switch (qualifier) {
            case EXACT, AT_MOST -> (long) value;
            case AT_LEAST, MORE_THAN -> null;
            case ABOUT -> (11L * value + 9) / 10;
            case BETWEEN -> (long) high;
        };
    }

    /** The stated value moved into the statement's own interval (MORE_THAN 96 → 97). */
    public long point() {
        long point = Math.max(value, lowerBound());
        Long upper = upperBound();
        return upper == null ? point : Math.min(point, upper);
    }
}
