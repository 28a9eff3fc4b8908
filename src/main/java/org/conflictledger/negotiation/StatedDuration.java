package org.conflictledger.negotiation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How long an event lasted, as reported: "more than four hours" is {@code {240, MORE_THAN}}.
 * At most a year ({@value #MAX_MINUTES} minutes); longer is a typo, not a meeting.
 */
public record StatedDuration(
        @NotNull @PositiveOrZero @Max(MAX_MINUTES) Long minutes,
        @NotNull DurationQualifier qualifier) {

    public static final int MAX_MINUTES = 525_600;
}
