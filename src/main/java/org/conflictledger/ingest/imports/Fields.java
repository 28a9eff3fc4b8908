package org.conflictledger.ingest.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictledger.strike.StatedFigure;

/** Lenient readers for the cells of data-set rows; each failure is a {@link RowProblem} naming the column. */
final class Fields {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:Z|[+-]00:?00)?)?");
    private static final Pattern US = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: +(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?: *([AaPp][Mm]))?)?");
    private static final DateTimeFormatter WORDS = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_WORDS = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH);

    private Fields() {
    }

    /** A local date with an optional time of day, as a data set wrote it. */
    record LocalStamp(LocalDate date, LocalTime time) {

        boolean hasTime() {
            return time != null;
        }

        /** The instant in {@code zone}: the time given, or the start of the day. */
        Instant start(ZoneId zone) {
            return (time == null ? date.atStartOfDay(zone) : LocalDateTime.of(date, time).atZone(zone)).toInstant();
        }

        /** The instant in {@code zone}: the time given, or the day's last second. */
        Instant end(ZoneId zone) {
            return time == null ? date.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant()
                    : LocalDateTime.of(date, time).atZone(zone).toInstant();
        }
    }

    /** A row with as many fields as the header, or a rejection naming both counts. */
    static void requireWidth(String[] record, int width) {
        if (record.length != width) {
            throw RowProblem.reject(record.length + " fields where the header has " + width);
        }
    }

    /** A record's own id: present and at most 200 characters (the external id's limit). */
    static String requireId(String column, String id) {
        if (id == null) {
            throw RowProblem.reject(column + " is empty");
        }
        if (id.length() > 200) {
            throw RowProblem.reject(column + " is longer than 200 characters");
        }
        return id;
    }

    /** {@link #stamp} of a column that must not be blank. */
    static LocalStamp requireStamp(String column, String text) {
        LocalStamp stamp = stamp(column, text);
        if (stamp == null) {
            throw RowProblem.reject(column + " is empty");
        }
        return stamp;
    }

    /** Latitude and longitude in range, both or neither. */
    record Coordinates(Double latitude, Double longitude) {

        static Coordinates of(String[] record, int latitude, int longitude) {
            Double lat = decimal("latitude", text(record, latitude), -90, 90);
            Double lon = decimal("longitude", text(record, longitude), -180, 180);
            if ((lat == null) != (lon == null)) {
                throw RowProblem.reject("latitude and longitude come together");
            }
            return new Coordinates(lat, lon);
        }
    }

    /** The cell at {@code index} trimmed, or null when blank or absent. */
    static String text(String[] record, int index) {
        if (index < 0 || index >= record.length) {
            return null;
        }
        String value = record[index];
        if (value.isEmpty()) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    /** The text cut to {@code max} characters (free text such as notes or references). */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * A date, or a date and time: {@code 2023-05-16}, {@code 2023-05-16 3:30}, {@code 2023-05-16T03:30:00},
     * {@code 2/13/2023 12:00:00 AM} (month first), {@code 24 February 2022}, {@code 24-Feb-2022}. Null when blank.
     */
    static LocalStamp stamp(String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
                return new LocalStamp(date, iso.group(4) == null ? null : LocalTime.of(Integer.parseInt(iso.group(4)),
                        Integer.parseInt(iso.group(5)), iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6))));
            }
            Matcher us = US.matcher(text);
            if (us.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2)));
                if (us.group(4) == null) {
                    return new LocalStamp(date, null);
                }
                int hour = Integer.parseInt(us.group(4));
                if (us.group(7) != null) {
                    boolean pm = us.group(7).equalsIgnoreCase("pm");
                    hour = hour % 12 + (pm ? 12 : 0);
                }
                return new LocalStamp(date, LocalTime.of(hour, Integer.parseInt(us.group(5)),
                        us.group(6) == null ? 0 : Integer.parseInt(us.group(6))));
            }
            // "24 February 2022" (ACLED's older exports), also written "24-February-2022" or "24 Feb 2022"
            String words = text.replace('-', ' ').replaceAll("\\s+", " ");
            try {
                return new LocalStamp(LocalDate.parse(words, WORDS), null);
            } catch (DateTimeParseException e) {
                return new LocalStamp(LocalDate.parse(words, SHORT_WORDS), null);
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw RowProblem.reject(column + ": '" + cut(text, 40) + "' is not a date or date-time");
        }
    }

    /** A whole, non-negative count; {@code 93.0} reads as 93. Null when blank. */
    static Integer count(String column, String text) {
        if (text == null) {
            return null;
        }
        long value;
        try {
            int dot = text.indexOf('.');
            if (dot >= 0) {
                for (int i = dot + 1; i < text.length(); i++) {
                    if (text.charAt(i) != '0') {
                        throw RowProblem.reject(column + ": '" + cut(text, 40) + "' is not a whole number");
                    }
                }
                text = text.substring(0, dot);
            }
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw RowProblem.reject(column + ": '" + cut(text, 40) + "' is not a whole number");
        }
        if (value < 0) {
            throw RowProblem.reject(column + ": " + value + " is negative");
        }
        if (value > StatedFigure.MAX) {
            throw RowProblem.reject(column + ": " + value + " is larger than " + StatedFigure.MAX);
        }
        return (int) value;
    }

    /** A decimal number within [min, max]; null when blank. */
    static Double decimal(String column, String text, double min, double max) {
        if (text == null) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw RowProblem.reject(column + ": '" + cut(text, 40) + "' is not a number");
        }
        if (!(value >= min && value <= max)) {
            throw RowProblem.reject(column + ": " + text + " is outside " + (long) min + " … " + (long) max);
        }
        return value;
    }

    /** An instant with offset ({@code 2025-04-11T17:00:00Z}, {@code 2025-04-11T20:00:00+03:00}); null when blank. */
    static Instant instant(String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.endsWith("Z") ? Instant.parse(text) : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw RowProblem.reject(column + ": '" + cut(text, 40) + "' is not an ISO-8601 date-time with offset");
        }
    }

    /** A stable hex digest of the given parts (SHA-1 over the parts joined by the unit separator). */
    static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-1");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sha.update((byte) 0x1f);
                }
                if (parts[i] != null) {
                    sha.update(parts[i].getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
