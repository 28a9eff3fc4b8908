package org.conflictledger.stats;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
