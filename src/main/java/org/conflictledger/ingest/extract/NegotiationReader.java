package org.conflictledger.ingest.extract;

import static org.conflictledger.ingest.extract.Vocabulary.*;
import static org.conflictledger.ingest.extract.StrikeReader.*;
import static org.conflictledger.ingest.extract.StrikeFigures.*;
import static org.conflictledger.ingest.extract.StrikeSides.*;
import static org.conflictledger.ingest.extract.CeasefireReader.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictledger.negotiation.NegotiationKind;
import org.conflictledger.negotiation.StatedDuration;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.WeaponCategory;
import org.springframework.stereotype.Component;

/**
 * Reads a negotiation event from its sentences: its kind (a call, a meeting, a round of talks, ...),
 * the people taking part with their own titles, the venue and the duration.
 */
final class NegotiationReader {
    private static final People PEOPLE = People.get();

    private NegotiationReader() {
    }

    // ---------------------------------------------------------------- negotiations

    static final class NegotiationFacts {
        Extracted<NegotiationKind> kind;
        List<Extracted<Person>> participants = new ArrayList<>();
        Extracted<Venue> venue;
        Extracted<StatedDuration> duration;
    }

    static NegotiationFacts negotiationFacts(List<String> sentences, String text) {
        NegotiationFacts facts = new NegotiationFacts();
        for (String s : sentences) {
            NegotiationKind kind = NEG_WITHDRAW.matcher(s).find() ? NegotiationKind.WITHDRAWAL
                    : NEG_PHONE.matcher(s).find() || PHONE_TALKS.matcher(s).find() ? NegotiationKind.PHONE_CALL
                    : NEG_SIGNED.matcher(s).find() && s.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:deal|agreement"
                            + "|accord|memorandum|treaty|declaration)\\b.*") ? NegotiationKind.AGREEMENT_SIGNED
                    : NEG_DRAFT.matcher(s).find() && s.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:exchang\\w*|handed"
                            + "|sent|submitted|presented|received|shared)\\b.*") ? NegotiationKind.DRAFT_EXCHANGED
                    : NEG_ROUND.matcher(s).find() ? NegotiationKind.TALKS_ROUND
                    : NEG_MEETING.matcher(s).find() ? NegotiationKind.MEETING
                    : NEG_PROPOSAL.matcher(s).find() ? NegotiationKind.PROPOSAL : null;
            if (kind != null) {
                facts.kind = Extracted.of(kind, s, 0.75);
                break;
            }
        }
        if (facts.kind == null) {
            String s = firstMatching(sentences, x -> SAYS.matcher(x).find());
            if (s != null) {
                facts.kind = Extracted.of(NegotiationKind.STATEMENT, s, 0.5);
            }
        }
        facts.participants.addAll(PEOPLE.find(sentences));
        // a call has no venue: "told a press conference in Berlin that he will hold phone talks" is not in Berlin
        boolean call = facts.kind != null && facts.kind.value() == NegotiationKind.PHONE_CALL;
        for (String s : call ? List.<String>of() : sentences) {
            for (Map.Entry<String, String> venue : VENUES.entrySet()) {
                Matcher m = VENUE_PATTERNS.get(venue.getKey()).matcher(s);
                if (m.find() && (NEG_MEETING.matcher(s).find() || NEG_ROUND.matcher(s).find()
                        || TALK_WORD.matcher(s.toLowerCase(Locale.ROOT)).matches())) {
                    if (facts.venue == null || m.start() < s.indexOf(facts.venue.value().place())
                            && facts.venue.evidence().equals(Sentences.clip(s))) {
                        facts.venue = Extracted.of(new Venue(venue.getKey(), venue.getValue()), s, 0.75);
                    }
                }
            }
            if (facts.venue != null) {
                break;
            }
        }
        for (String s : sentences) {
            Matcher m = DURATION.matcher(s);
            while (m.find()) {
                String lower = s.toLowerCase(Locale.ROOT);
                if (!lower.matches("(?s).*\\b(?:talks|meeting|call|conversation|met|negotiat\\w*|summit|spoke|session"
                        + "|lasted|lasting|discussion)\\b.*")) {
                    continue;
                }
                Long minutes = minutes(m);
                if (minutes == null || minutes > StatedDuration.MAX_MINUTES) {
                    continue;
                }
                org.conflictledger.negotiation.DurationQualifier qualifier = m.group("q") == null
                        ? org.conflictledger.negotiation.DurationQualifier.EXACT
                        : org.conflictledger.negotiation.DurationQualifier.valueOf(Numbers.qualifier(m.group("q")).name());
                facts.duration = Extracted.of(new StatedDuration(minutes, qualifier), s, 0.75);
                break;
            }
            if (facts.duration != null) {
                break;
            }
        }
        return facts;
    }

    static Long minutes(Matcher m) {
        String n = m.group("n").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        double amount;
        switch (n) {
            case "a", "an", "one" -> amount = 1;
            case "half a", "half an" -> amount = 0.5;
            case "one and a half" -> amount = 1.5;
            case "two and a half" -> amount = 2.5;
            case "three and a half" -> amount = 3.5;
            case "four and a half" -> amount = 4.5;
            case "five and a half" -> amount = 5.5;
            default -> {
                if (n.matches("\\d+(?:\\.\\d+)?")) {
                    amount = Double.parseDouble(n);
                } else {
                    Integer parsed = Numbers.parse(n);
                    if (parsed == null) {
                        return null;
                    }
                    amount = parsed;
                }
            }
        }
        boolean hours = m.group("unit").toLowerCase(Locale.ROOT).startsWith("h");
        double minutes = hours ? amount * 60 : amount;
        String extra = m.group("extra");
        if (extra != null && hours) {
            String e = extra.toLowerCase(Locale.ROOT);
            minutes += switch (e) {
                case "a half" -> 30;
                case "fifteen" -> 15;
                case "thirty" -> 30;
                case "forty-five" -> 45;
                default -> Double.parseDouble(e);
            };
        }
        return Math.round(minutes);
    }

    /** Where talks may be held ({@code name <tab> country}), in the order of the file. */
    static Map<String, String> venues(String file) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Lexicon.Row row : Lexicon.rows(file, 2, 2)) {
            if (v.put(row.get(0), row.get(1)) != null) {
                throw row.error("venue " + row.get(0) + " is listed twice");
            }
        }
        return v;
    }

    static Map<String, Pattern> venuePatterns() {
        Map<String, Pattern> patterns = new java.util.HashMap<>();
        for (String place : VENUES.keySet()) {
            patterns.put(place, Pattern.compile("(?i)\\b(?:in|at|to|hosted\\s+by)\\s+(?:the\\s+)?(?:Saudi\\s+(?:city\\s+of"
                    + "\\s+|capital(?:,)?\\s+)|Turkish\\s+city\\s+of\\s+|Turkey's\\s+|Swiss\\s+city\\s+of\\s+)?("
                    + Pattern.quote(place).replace(" ", "\\E\\s+\\Q") + ")\\b"));
        }
        return Map.copyOf(patterns);
    }
}
