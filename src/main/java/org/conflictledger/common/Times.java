package org.conflictledger.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Time helpers: the range of dates the ledger accepts, and reading timestamptz columns. */
public final class Times {

    /** Earliest and latest instants the ledger accepts; anything outside is a typo, not a record. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private Times() {
    }

    /** The instant of a time from a request, refused with a 400 naming {@code field} when absurd. */
    public static Instant checked(String field, OffsetDateTime time) {
        if (time == null) {
            return null;
        }
        Instant instant = time.toInstant();
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw ApiException.invalid(field, "must lie between 1900 and 2199");
        }
        return instant;
    }

    /**
     * A time given as a query parameter: an ISO-8601 date-time with offset, or a date (its start in
     * UTC). A '+' decoded to a space by form encoding is read as '+'. Anything else is a 400 naming
     * {@code field}.
     */
    public static Instant parseParam(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim().replace(' ', '+');
        try {
            return checked(field, OffsetDateTime.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return checked(field, java.time.LocalDate.parse(value).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
            } catch (java.time.format.DateTimeParseException ignored) {
                throw ApiException.invalid(List.of(new FieldProblem(field,
                        "must be an ISO-8601 date-time with offset (2025-03-01T00:00:00Z) or a date (2025-03-01)",
                        text, null)));
            }
        }
    }

    /** Refuses a range whose end is not after its start, with a 400 naming {@code to}; an open bound passes. */
    public static void requireOrdered(Instant from, Instant to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ApiException.invalid(List.of(new FieldProblem("to", "must be after from", to.toString(), null)));
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    /** Microseconds since the epoch (PostgreSQL's precision; finer digits are dropped). */
    public static long epochMicros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    }
}
