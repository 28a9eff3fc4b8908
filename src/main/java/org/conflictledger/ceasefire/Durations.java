package org.conflictledger.ceasefire;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.conflictledger.common.ApiException;

/** ISO-8601 durations of cease-fires ("P30D", "PT30H", "P2W"): whole seconds, positive, at most 100 years. */
final class Durations {

    static final Duration MAX = Duration.ofDays(36_525);
    private static final long DAY = 86_400;

    private Durations() {
    }

    /** The duration a request states, or a 400 naming {@code field}. */
    static Duration parse(String field, String text) {
        String iso = text.trim().toUpperCase(Locale.ROOT);
        Duration duration;
        try {
            duration = Duration.parse(iso);
        } catch (DateTimeParseException notDuration) {
            duration = fromPeriod(field, iso);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw ApiException.invalid(field, "must be positive");
        }
        if (duration.getNano() != 0) {
            throw ApiException.invalid(field, "must be whole seconds");
        }
        if (duration.compareTo(MAX) > 0) {
            throw ApiException.invalid(field, "must be at most 100 years");
        }
        return duration;
    }

    private static Duration fromPeriod(String field, String iso) {
        Period period;
        try {
            period = Period.parse(iso);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be an ISO-8601 duration such as P30D, PT30H or P1DT12H");
        }
        if (period.getYears() != 0 || period.getMonths() != 0) {
            throw ApiException.invalid(field, "months and years have no fixed length; give days, e.g. P30D");
        }
        return Duration.ofDays(period.getDays());
    }

    /** Whole days as "P30D", anything else as java.time writes it ("PT30H"). */
    static String format(Long seconds) {
        if (seconds == null) {
            return null;
        }
        return seconds % DAY == 0 ? "P" + seconds / DAY + "D" : Duration.ofSeconds(seconds).toString();
    }
}
