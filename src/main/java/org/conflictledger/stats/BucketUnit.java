package org.conflictledger.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.FieldProblem;

/** How long a statistics bucket is, in the asked time zone: weeks start on Monday (ISO). */
public enum BucketUnit {
    HOUR, DAY, WEEK, MONTH;

    /** The name in requests and answers, and PostgreSQL's date_trunc unit. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bucket's start as a local date ({@code 2025-04-11}), or date and time for hours. */
    String local(Instant start, ZoneId zone) {
        ZonedDateTime local = start.atZone(zone);
        return this == HOUR ? local.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString()
                : local.toLocalDate().toString();
    }

    /** Whether two instants fall into one bucket of this unit in {@code zone} (an hour bucket: never asked). */
    boolean sameBucket(Instant a, Instant b, ZoneId zone) {
        LocalDate first = a.atZone(zone).toLocalDate();
        LocalDate last = b.atZone(zone).toLocalDate();
        return switch (this) {
            case HOUR -> false;
            case DAY -> first.equals(last);
            case WEEK -> first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .equals(last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case MONTH -> YearMonth.from(first).equals(YearMonth.from(last));
        };
    }

    public static BucketUnit parse(String text) {
        if (text == null || text.isBlank()) {
            return DAY;
        }
        for (BucketUnit unit : values()) {
            if (unit.param().equalsIgnoreCase(text.trim())) {
                return unit;
            }
        }
        List<String> allowed = Arrays.stream(values()).map(BucketUnit::param).toList();
        throw ApiException.invalid(List.of(new FieldProblem("bucket", "must be one of " + String.join(", ", allowed),
                text, allowed)));
    }
}
