package org.conflictledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictledger.strike.Qualifier;

/**
 * Finds the numbers a sentence states, in digits or in words, with their qualifier, coded as
 * DOMAIN.md fixes: "a dozen" 12 ABOUT, "dozens" 24 AT_LEAST, "scores of" 40 AT_LEAST, "hundreds"
 * 200 AT_LEAST, "nearly/almost N" N AT_MOST, "some/around/about N" N ABOUT, "more than seven
 * dozen" 84 MORE_THAN, "at least two" 2 AT_LEAST. Ages, years, times, percentages, model numbers
 * (Kh-101) and days of a month are not counts and are left out.
 */
final class Numbers {

    /** A number stated in a sentence: its value and qualifier, and where it stands. */
    record Mention(int value, Qualifier qualifier, int start, int end) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private static final String UNIT = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private static final String TEN = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final String BELOW_HUNDRED = "(?:" + TEN + "(?:[- ]" + UNIT + ")?|" + UNIT + ")";
    private static final String WORDS = "(?:(?:a|an|one|" + BELOW_HUNDRED + ")\\s+hundred(?:\\s+(?:and\\s+)?"
            + BELOW_HUNDRED + ")?|(?:a|an|" + BELOW_HUNDRED + ")\\s+thousand|" + BELOW_HUNDRED + ")";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

    private static final String QUALIFIER = "(?<q>at\\s+least|no\\s+fewer\\s+than|not\\s+less\\s+than|more\\s+than"
            + "|over|upwards\\s+of|in\\s+excess\\s+of|just\\s+over|nearly|almost|close\\s+to|up\\s+to|as\\s+many\\s+as"
            + "|no\\s+more\\s+than|at\\s+most|fewer\\s+than|less\\s+than|just\\s+under|under|some|around|about"
            + "|approximately|roughly|an\\s+estimated|estimated|approx\\.)";

    /** The whole expression: optional qualifier, then a vague word, a count of dozens, or a number. */
    private static final Pattern EXPRESSION = Pattern.compile("(?i)(?<![\\w-])(?:" + QUALIFIER + "\\s+)?(?:"
            + "(?<halfdozen>half\\s+a\\s+dozen)"
            + "|(?<ndozen>" + WORDS + "|" + DIGITS + ")\\s+dozen(?!s)"
            + "|(?<adozen>a\\s+dozen)"
            + "|(?<dozens>dozens)(?=\\s+of|\\s|$|[,.;])"
            + "|(?<scores>scores)\\s+of"
            + "|(?<hundreds>hundreds|several\\s+hundred)"
            + "|(?<thousands>thousands|several\\s+thousand)"
            + "|(?<couple>a\\s+couple\\s+of)"
            + "|(?<num>" + DIGITS + "|" + WORDS + ")(?:\\s+(?<mult>million|thousand))?"
            + ")(?![\\w])");

    /** What may follow a number that makes it something other than a count of things. */
    private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile("(?i)^(?:-?\\s*years?[- ]old|-?\\s*year|\\s*years\\b"
            + "|\\s*%|\\s*per\\s*cent|\\s*percent|\\s*(?:km|kilomet|miles?\\b|metres|meters|m\\b|kg|tons|tonnes)"
            + "|\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|gmt|utc|cet|local\\s+time)|:\\d|\\.\\d|\\s*(?:st|nd|rd|th)\\b"
            + "|-\\s*(?:hour|minute|day|week|month|point|storey|story|member|nation|page|mile|km)"
            + "|\\s*(?:hours?|minutes?|days?|weeks?|months?|seconds?)\\b"
            + "|\\s*(?:billion|bn|trillion)\\b|\\s*(?:dollars|euros|pounds|roubles|rubles|hryvnias?)\\b"
            + "|\\s*(?:january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b)");

    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile("(?i)(?:\\$|€|£|\\b(?:january|february|march|april"
            + "|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov"
            + "|dec)\\.?\\s+|\\b(?:no\\.|number|page|article|resolution|route|flight|covid-|world\\s+war|paragraph"
            + "|point|group|brigade|division|unit|battalion|regiment)\\s*|[A-Za-z]-\\s?)$");

    private Numbers() {
    }

    static List<Mention> find(String sentence) {
        List<Mention> out = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(sentence);
        while (m.find()) {
            Mention mention = read(m, sentence);
            if (mention != null) {
                out.add(mention);
            }
        }
        return out;
    }

    private static Mention read(Matcher m, String sentence) {
        String q = m.group("q");
        int value;
        Qualifier inherent = Qualifier.EXACT;
        if (m.group("halfdozen") != null) {
            value = 6;
            inherent = Qualifier.ABOUT;
        } else if (m.group("ndozen") != null) {
            Integer n = parse(m.group("ndozen"));
            if (n == null) {
                return null;
            }
            value = n * 12;
            inherent = Qualifier.ABOUT;
        } else if (m.group("adozen") != null) {
            value = 12;
            inherent = Qualifier.ABOUT;
        } else if (m.group("dozens") != null) {
            value = 24;
            inherent = Qualifier.AT_LEAST;
        } else if (m.group("scores") != null) {
            value = 40;
            inherent = Qualifier.AT_LEAST;
        } else if (m.group("hundreds") != null) {
            value = 200;
            inherent = Qualifier.AT_LEAST;
        } else if (m.group("thousands") != null) {
            value = 2000;
            inherent = Qualifier.AT_LEAST;
        } else if (m.group("couple") != null) {
            value = 2;
            inherent = Qualifier.ABOUT;
        } else {
            String number = m.group("num");
            String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 24));
            String before = sentence.substring(Math.max(0, m.start("num") - 20), m.start("num"));
            if (NOT_A_COUNT_AFTER.matcher(after).find() || NOT_A_COUNT_BEFORE.matcher(before).find()) {
                return null;
            }
            if (before.matches("(?s).*\\b(?:of|by|from|in|since|until)\\s$") && number.matches("\\d{4}")) {
                return null;
            }
            Integer n = parse(number);
            if (n == null) {
                return null;
            }
            if (number.matches("(?:19|20)\\d\\d") && m.group("mult") == null && q == null) {
                // a year, not a count, unless something is counted right after it
                if (!after.toLowerCase(Locale.ROOT).matches("(?s)^\\s+(?:[a-z-]+\\s+){0,3}?(?:drones?|missiles?|people"
                        + "|civilians|uavs?|shaheds?|rockets?|bombs?|soldiers|troops|targets).*")) {
                    return null;
                }
            }
            if (m.group("mult") != null) {
                long scaled = (long) n * (m.group("mult").equalsIgnoreCase("million") ? 1_000_000 : 1_000);
                if (number.contains(".")) {
                    scaled = Math.round(Double.parseDouble(number.replace(",", ""))
                            * (m.group("mult").equalsIgnoreCase("million") ? 1_000_000 : 1_000));
                }
                if (scaled > Integer.MAX_VALUE) {
                    return null;
                }
                value = (int) scaled;
            } else {
                if (number.contains(".")) {
                    return null;
                }
                value = n;
            }
        }
        Qualifier qualifier = q == null ? inherent : qualifier(q);
        if (q != null) {
            String lower = q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (lower.equals("fewer than") || lower.equals("less than") || lower.equals("just under")
                    || lower.equals("under")) {
                value = Math.max(0, value - 1);
            }
        }
        return new Mention(value, qualifier, m.start(), m.end());
    }

    static Qualifier qualifier(String words) {
        String q = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (q) {
            case "at least", "no fewer than", "not less than" -> Qualifier.AT_LEAST;
            case "more than", "over", "upwards of", "in excess of", "just over" -> Qualifier.MORE_THAN;
            case "nearly", "almost", "close to", "up to", "as many as", "no more than", "at most", "fewer than",
                    "less than", "just under", "under" -> Qualifier.AT_MOST;
            default -> Qualifier.ABOUT;
        };
    }

    /** A number in digits ("1,200") or words ("one hundred and forty-seven"); null when it is neither. */
    static Integer parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.matches(DIGITS)) {
            String whole = t.replace(",", "");
            int dot = whole.indexOf('.');
            if (dot >= 0) {
                whole = whole.substring(0, dot);
            }
            if (whole.length() > 9) {
                return null;
            }
            return Integer.parseInt(whole);
        }
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String word : t.split("[\\s-]+")) {
            if (word.equals("and")) {
                continue;
            }
            if (word.equals("a") || word.equals("an")) {
                current = Math.max(current, 1);
                any = true;
            } else if (UNITS.containsKey(word)) {
                current += UNITS.get(word);
                any = true;
            } else if (TENS.containsKey(word)) {
                current += TENS.get(word);
                any = true;
            } else if (word.equals("hundred")) {
                current = Math.max(current, 1) * 100;
                any = true;
            } else if (word.equals("thousand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
                any = true;
            } else {
                return null;
            }
        }
        return any ? total + current : null;
    }
}
