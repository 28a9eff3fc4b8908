package org.conflictledger.ingest.extract;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictledger.common.TimePrecision;

/**
 * Reads when something happened from words relative to the publication time, in Kyiv time:
 * "overnight" / "last night" (the night that ended on the publication day, or "overnight into
 * Sunday"), "on Saturday" (the latest Saturday on or before publication), "Saturday night",
 * "yesterday", "today", "April 12" / "12 April" (this year, or last year when that would lie in
 * the future). A weekday right after "said" dates the statement, not the event, and is passed over.
 */
final class Dates {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private static final String DAY = "(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(?<month>january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final Pattern EXPRESSION = Pattern.compile("(?i)\\b(?:"
            + "(?<into>overnight\\s+(?:in)?to\\s+(?<intoday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
            + "|(?<night>overnight|last\\s+night|during\\s+the\\s+night|through\\s+the\\s+night|night-?time)"
            + "|(?<dayNight>(?:on\\s+)?" + DAY + "\\s+night)"
            + "|(?<weekend>(?:over|at|during|on)\\s+the\\s+weekend|this\\s+weekend|last\\s+weekend)"
            + "|(?<lastweek>last\\s+week)"
            + "|(?<yesterday>yesterday)"
            + "|(?<today>today|this\\s+morning|this\\s+afternoon|this\\s+evening|earlier\\s+today|tonight)"
            + "|(?<md>" + MONTH + "\\s+(?<mdday>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<mdyear>(?:19|20)\\d\\d))?)"
            + "|(?<dm>(?<dmday>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmmonth>january|february|march|april|may|june"
            + "|july|august|september|october|november|december)(?:,?\\s+(?<dmyear>(?:19|20)\\d\\d))?)"
            + "|(?<weekday>(?:on\\s+|early\\s+|late\\s+)?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "(?:\\s+(?:morning|afternoon|evening))?)"
            + ")\\b");
    private static final Pattern STATEMENT_BEFORE = Pattern.compile("(?i)\\b(?:said|says|reported|announced|told\\s+\\w+"
            + "|added|stated|wrote|posted|confirmed)\\s*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** The first dating expression of the text, resolved backwards (what happened); null when it states none. */
    static DateWindow find(String text, Instant published) {
        return find(text, published, false);
    }

    /**
     * The first dating expression of the text; weekdays resolve forwards when {@code planned} ("talks
     * will open on Monday": the next Monday), backwards otherwise.
     */
    static DateWindow find(String text, Instant published, boolean planned) {
        Matcher m = EXPRESSION.matcher(text);
        ZonedDateTime pub = published.atZone(KYIV);
        LocalDate today = pub.toLocalDate();
        while (m.find()) {
            String expression = m.group().trim();
            if (m.group("into") != null) {
                LocalDate day = onOrBefore(today.plusDays(1), m.group("intoday"));
                return night(day.minusDays(1), day, published, expression);
            }
            if (m.group("night") != null) {
                // "overnight on April 12", "overnight into Sunday": the night that ends on the day named
                DateWindow named = NIGHT_OF.matcher(text.substring(m.end())).lookingAt()
                        ? find(text.substring(m.end()), published, planned) : null;
                if (named != null && named.precision() == TimePrecision.DAY) {
                    // quoted as the text has it, "overnight on April 12"
                    int until = text.indexOf(named.expression(), m.end()) + named.expression().length();
                    return night(named.date().minusDays(1), named.date(), published,
                            text.substring(m.start(), until).trim());
                }
                return night(today.minusDays(1), today, published, expression);
            }
            if (m.group("lastweek") != null) {
                LocalDate monday = today.minusWeeks(1).with(java.time.DayOfWeek.MONDAY);
                return new DateWindow(monday, monday.atStartOfDay(KYIV).toInstant(),
                        monday.plusDays(7).atStartOfDay(KYIV).toInstant().minusSeconds(1), TimePrecision.WEEK,
                        expression);
            }
            if (m.group("dayNight") != null) {
                LocalDate day = planned ? onOrAfter(today, m.group("day")) : onOrBefore(today, m.group("day"));
                return night(day, day, published, expression);
            }
            if (m.group("weekend") != null) {
                // the latest Saturday before publication (on a Saturday itself: that day)
                LocalDate saturday = onOrBefore(today, "saturday");
                return new DateWindow(saturday, saturday.atStartOfDay(KYIV).toInstant(),
                        saturday.plusDays(2).atStartOfDay(KYIV).toInstant().minusSeconds(1), TimePrecision.DAY,
                        expression);
            }
            if (m.group("yesterday") != null) {
                return day(today.minusDays(1), expression);
            }
            if (m.group("today") != null) {
                return day(today, expression);
            }
            if (m.group("md") != null || m.group("dm") != null) {
                boolean md = m.group("md") != null;
                int month = MONTHS.get(month(md ? m.group("month") : m.group("dmmonth")));
                int dayOfMonth = Integer.parseInt(md ? m.group("mdday") : m.group("dmday"));
                String year = md ? m.group("mdyear") : m.group("dmyear");
                LocalDate date = date(year == null ? today.getYear() : Integer.parseInt(year), month, dayOfMonth);
                if (date == null) {
                    continue;
                }
                if (year == null && date.isAfter(today.plusDays(planned ? 183 : 2))) {
                    // "on February 24" without a year: the last one, or for what is planned the next one
                    date = date.minusYears(1);
                }
                return day(date, expression);
            }
            if (m.group("weekday") != null) {
                String before = text.substring(Math.max(0, m.start() - 30), m.start());
                if (STATEMENT_BEFORE.matcher(before).find()) {
                    continue;
                }
                return day(planned ? onOrAfter(today, m.group("wd")) : onOrBefore(today, m.group("wd")), expression);
            }
        }
        return null;
    }

    private static final Pattern MONTH_ONLY = Pattern.compile("(?i)\\b(?:in|since|during|of|from|by|last)\\s+(?:(?:early|late|mid)"
            + "[- ])?(?<month>january|february|march|april|june|july|august|september|october|november|december)"
            + "(?:\\s*,?\\s+(?<year>(?:19|20)\\d\\d))?\\b(?!\\s+\\d)|\\b(?:in|since|during)\\s+(?<bareyear>(?:19|20)\\d\\d)\\b");

    /**
     * How many whole months before publication the earliest month the text names without a day lies
     * ("in late February", "in March 2022", "in 2014"); 0 when it names none or only this month.
     */
    static int monthsBefore(String text, Instant published) {
        LocalDate today = published.atZone(KYIV).toLocalDate();
        int most = 0;
        Matcher m = MONTH_ONLY.matcher(text);
        while (m.find()) {
            int months;
            if (m.group("bareyear") != null) {
                // a past year named whole: back to its January; this year (or a later one) counts as none
                int years = today.getYear() - Integer.parseInt(m.group("bareyear"));
                months = years > 0 ? years * 12 + today.getMonthValue() - 1 : 0;
            } else {
                int month = MONTHS.get(month(m.group("month")));
                int year = m.group("year") != null ? Integer.parseInt(m.group("year"))
                        : month > today.getMonthValue() ? today.getYear() - 1 : today.getYear();
                months = (today.getYear() - year) * 12 + today.getMonthValue() - month;
            }
            most = Math.max(most, months);
        }
        return most;
    }

    /** The words that follow "overnight" to name the night's day: "on April 12", "into Sunday". */
    private static final Pattern NIGHT_OF = Pattern.compile("(?i)\\s+(?:on|into|to)\\s+(?:the\\s+night\\s+of\\s+)?"
            + "(?:\\d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|" + MONTH + ")");

    /**
     * No dating words: the day before publication up to publication, known to the day, with the
     * expression {@value #PUBLICATION} so that readers can tell it from a stated date.
     */
    static DateWindow fallback(Instant published) {
        LocalDate day = published.atZone(KYIV).toLocalDate();
        return new DateWindow(day, published.minusSeconds(24 * 3600), published, TimePrecision.DAY, PUBLICATION);
    }

    static final String PUBLICATION = "publication";

    private static LocalDate onOrAfter(LocalDate today, String dayName) {
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(dayName.toUpperCase(java.util.Locale.ROOT));
        return today.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
    }

    /**
     * A night from 18:00 on {@code evening} to 09:00 the next morning (or publication, if earlier),
     * dated {@code named}: the morning for "overnight", the evening for "Saturday night".
     */
    private static DateWindow night(LocalDate evening, LocalDate named, Instant published, String expression) {
        Instant start = evening.atTime(LocalTime.of(18, 0)).atZone(KYIV).toInstant();
        Instant end = evening.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(KYIV).toInstant();
        if (published.isBefore(end) && published.isAfter(start)) {
            end = published;
        }
        return new DateWindow(named, start, end, TimePrecision.HOUR, expression);
    }

    private static DateWindow day(LocalDate date, String expression) {
        Instant start = date.atStartOfDay(KYIV).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(KYIV).toInstant().minusSeconds(1);
        return new DateWindow(date, start, end, TimePrecision.DAY, expression);
    }

    private static LocalDate onOrBefore(LocalDate today, String dayName) {
        DayOfWeek day = DayOfWeek.valueOf(dayName.toUpperCase(Locale.ROOT));
        return today.with(TemporalAdjusters.previousOrSame(day));
    }

    private static String month(String name) {
        return name.toLowerCase(Locale.ROOT).substring(0, 3);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
