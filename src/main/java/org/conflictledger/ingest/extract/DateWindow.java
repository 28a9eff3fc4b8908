package org.conflictledger.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;

import org.conflictledger.common.TimePrecision;

/**
 * When an event happened, read relative to the publication time: {@code date} is the day named
 * (Kyiv time; for "overnight" the morning it ended), {@code start}/{@code end} the window it
 * implies, and {@code expression} the words it was read from ("overnight", "on Saturday", "April 12").
 */
public record DateWindow(LocalDate date, Instant start, Instant end, TimePrecision precision, String expression) {

    /** Whether the text stated this date (false for the publication fallback). */
    public boolean stated() {
        return expression != null && !"publication".equals(expression);
    }
}
