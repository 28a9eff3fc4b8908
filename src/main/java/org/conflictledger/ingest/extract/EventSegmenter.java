package org.conflictledger.ingest.extract;

import static org.conflictledger.ingest.extract.Vocabulary.*;
import static org.conflictledger.ingest.extract.StrikeReader.*;
import static org.conflictledger.ingest.extract.StrikeFigures.*;
import static org.conflictledger.ingest.extract.StrikeSides.*;
import static org.conflictledger.ingest.extract.CeasefireReader.*;
import static org.conflictledger.ingest.extract.NegotiationReader.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events stage: which sentences tell which event. Each sentence may mention a strike, a cease-fire
 * matter or a negotiation event (or several); a mention joins the latest event of its kind it agrees
 * with and otherwise opens a new one. Strikes agree when attacker, target, claimant and day agree (a
 * side left unsaid agrees with anything); cease-fire matters when the matter and the acting party
 * agree; negotiation events when they share a participant or one of them names nobody. A sentence that
 * mentions nothing but adds figures or the length of talks joins the event told just before it.
 */
final class EventSegmenter {

    /** At most this many events per article: beyond that a text is a chronicle, not a report. */
    static final int MAX_EVENTS = 12;

    /** "Russia and Ukraine traded drone attacks": both directions, no side of its own. */
    static final Pattern TRADED = Pattern.compile("(?i)\\b(?:traded|trade|trades|trading|exchanged|exchange"
            + "|exchanges|exchanging|swap|swaps|swapped|swapping)\\s+(?:\\S+\\s+){0,3}?(?:attacks|strikes|fire|blows)"
            + "|\\bboth\\s+sides\\b");
    /** A cease-fire only imagined, hoped for or missed: no matter of its own. */
    private static final Pattern CF_NOT_AN_EVENT = Pattern.compile("(?i)\\b(?:any\\s+(?:\\S+\\s+)?(?:cease-?fire|truce)"
            + "|would|could|might|if|prospects?|hopes?\\s+(?:of|for)|chances?\\s+(?:of|for)|no\\s+(?:sign\\s+of\\s+(?:a\\s+)?)?"
            + "(?:cease-?fire|truce)|in\\s+sight|repeatedly|has\\s+long)\\b");
    private static final Pattern NEG_NOT_AN_EVENT = Pattern.compile("(?i)\\b(?:would|could|might|if|hopes?\\s+(?:of|for)"
            + "|no\\s+(?:talks|negotiations)|impossible|repeatedly|has\\s+long|refus\\w+\\s+to\\s+(?:hold|meet))\\b");
    /** "Putin told his French counterpart Emmanuel Macron": a contact between the two. */
    static final Pattern COUNTERPART_CONTACT = Pattern.compile("(?i)\\b(?:told|assured|warned|informed|urged|briefed"
            + "|reminded)\\s+(?:his|her|their)\\s+(?:\\S+\\s+){0,2}?counterparts?\\b");
    /**
     * Where a clause ends: a hedge ("would", "if") counts only in the clause of the event word it hedges
     * ("In a call on Monday, Biden told Zelenskiy that he would move quickly" tells a call).
     */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:\u201c\u201d\"()]|\\bthat\\b|\\.\\s*-|\\s[-\u2013\u2014]\\s");
    private static final Pattern TALLY = Pattern.compile("(?i)\\b\\d+\\s+(?:\\S+\\s+)?(?:attacks|strikes|shellings|explosions)"
            + "\\s+(?:by|from|of)\\s+(?:the\\s+)?(?:Russian|Ukrainian|enemy)");
    private static final Pattern TOLL_WORD = Pattern.compile("(?i)\\b(?:killed|wounded|injured|injuries|dead|died"
            + "|deaths|casualties)\\b");
    /** A sentence that goes on about whoever the one before named. */
    private static final Pattern PRONOUN_START = Pattern.compile("(?:\\W*)(?:He|She|They|The\\s+two|Both)\\b");
    private static final Pattern FIGURE_DETAIL = Pattern.compile("(?i)\\b(?:killed|wounded|injured|dead|died|casualties"
            + "|shot\\s+down|downed|intercepted|destroyed|damaged|debris|fire\\s+broke\\s+out)\\b");
    private static final Pattern TALKS_DETAIL = Pattern.compile("(?i)\\b(?:talks|meeting|call|conversation|discussed"
            + "|lasted|agenda|delegation)\\b");

    /** What one sentence says about one event. */
    record Mention(EventKind kind, boolean background, String attacker, String target, String claimant,
            LocalDate date, CeasefireMatter matter, String party, Set<String> people, java.util.Map<String, String> sides,
            boolean week) {
        Mention(EventKind kind, boolean background, String attacker, String target, String claimant,
                LocalDate date, CeasefireMatter matter, String party, Set<String> people) {
            this(kind, background, attacker, target, claimant, date, matter, party, people, java.util.Map.of(), false);
        }
    }

    /** An event as the stage found it: its kind, its sentences (indices, in order) and what tells it apart. */
    static final class Segment {
        final EventKind kind;
        final boolean background;
        final List<Integer> sentences = new ArrayList<>();
        String attacker;
        String target;
        String claimant;
        LocalDate date;
        CeasefireMatter matter;
        String party;
        final Set<String> people = new LinkedHashSet<>();
        /** Each participant's side: the party, or the person when no party of the ledger is theirs. */
        final java.util.Map<String, String> sides = new java.util.LinkedHashMap<>();
        boolean week;

        Segment(Mention m) {
            this.kind = m.kind();
            this.background = m.background();
            absorb(m);
        }

        boolean agrees(Mention m) {
            if (m.kind() != kind || m.background() != background) {
                return false;
            }
            // talks that name nobody are the talks told around them, whatever day they name
            boolean nobody = kind == EventKind.NEGOTIATION && m.people().isEmpty();
            if (!nobody && !sameDay(m, this)) {
                return false;
            }
            return switch (kind) {
                case STRIKE -> same(m.attacker(), attacker) && same(m.target(), target) && same(m.claimant(), claimant);
                case CEASEFIRE -> m.matter() == matter && same(m.party(), party);
                case NEGOTIATION -> m.people().isEmpty() || people.isEmpty()
                        || sharesParticipant(m) && !otherCounterparts(m);
            };
        }

        /** A person both name, or an unnamed one ("the US President") of a side the other names. */
        private boolean sharesParticipant(Mention m) {
            return m.people().stream().anyMatch(people::contains)
                    || m.sides().entrySet().stream().anyMatch(e -> e.getKey().contains(":") && sides.containsValue(e.getValue()))
                    || sides.entrySet().stream().anyMatch(e -> e.getKey().contains(":") && m.sides().containsValue(e.getValue()));
        }

        /**
         * Putin's call with Biden and his call with Macron share Putin but are two occasions: each names a
         * counterpart of a side the other does not have.
         */
        private boolean otherCounterparts(Mention m) {
            boolean mentionHasOther = m.sides().values().stream().anyMatch(side -> !sides.containsValue(side));
            boolean segmentHasOther = sides.values().stream().anyMatch(side -> !m.sides().containsValue(side));
            return mentionHasOther && segmentHasOther;
        }

        /** The same day, or a week ("last week") that holds the other's day. */
        private static boolean sameDay(Mention m, Segment s) {
            if (m.date() == null || s.date == null || m.date().equals(s.date)) {
                return true;
            }
            LocalDate weekStart = m.week() ? m.date() : s.week ? s.date : null;
            LocalDate day = m.week() ? s.date : s.week ? m.date() : null;
            return weekStart != null && !day.isBefore(weekStart) && day.isBefore(weekStart.plusDays(7));
        }

        void absorb(Mention m) {
            attacker = attacker != null ? attacker : m.attacker();
            target = target != null ? target : m.target();
            claimant = claimant != null ? claimant : m.claimant();
            if (date == null || week && !m.week() && m.date() != null) {
                date = m.date();
                week = m.week();
            }
            matter = matter != null ? matter : m.matter();
            party = party != null ? party : m.party();
            people.addAll(m.people());
            m.sides().forEach(sides::putIfAbsent);
        }

        void add(int sentence) {
            if (!sentences.contains(sentence)) {
                sentences.add(sentence);
            }
        }

        private static boolean same(Object a, Object b) {
            return a == null || b == null || Objects.equals(a, b);
        }
    }

    private final People people = People.get();

    List<Segment> segment(List<String> sentences, Instant published) {
        List<Segment> events = new ArrayList<>();
        List<Integer> traded = new ArrayList<>();
        Segment last = null;
        int lastIndex = -10;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            List<Mention> mentions = mentions(s, published);
            if (mentions.isEmpty()) {
                if (last != null && i - lastIndex <= 2 && isDetail(last.kind, s)) {
                    last.add(i);
                }
                continue;
            }
            if (TRADED.matcher(s).find() && mentions.stream().anyMatch(m -> m.kind() == EventKind.STRIKE)) {
                traded.add(i);
            }
            for (Mention m : mentions) {
                Segment into = null;
                if (last != null && last.kind == m.kind() && m.kind() == EventKind.NEGOTIATION && i - lastIndex == 1
                        && PRONOUN_START.matcher(s).lookingAt() && last.background == m.background()
                        && Segment.sameDay(m, last)) {
                    // "He announced the aid during a meeting with Zelensky": the talks of the sentence before
                    into = last;
                }
                for (int k = events.size() - 1; into == null && k >= 0; k--) {
                    if (events.get(k).agrees(m)) {
                        into = events.get(k);
                        break;
                    }
                }
                if (into == null) {
                    if (events.size() >= MAX_EVENTS) {
                        continue;
                    }
                    into = new Segment(m);
                    events.add(into);
                } else {
                    into.absorb(m);
                }
                into.add(i);
                last = into;
                lastIndex = i;
            }
        }
        // "the two sides traded strikes overnight" tells every strike of the night
        for (Segment event : events) {
            if (event.kind == EventKind.STRIKE && !event.background) {
                traded.forEach(event::add);
                event.sentences.sort(null);
            }
        }
        return events;
    }

    private boolean isDetail(EventKind kind, String s) {
        return switch (kind) {
            case STRIKE -> FIGURE_DETAIL.matcher(s).find() || isStrikeSentence(s);
            case NEGOTIATION -> TALKS_DETAIL.matcher(s).find() || DURATION.matcher(s).find();
            case CEASEFIRE -> false;
        };
    }

    // ---------------------------------------------------------------- mentions

    List<Mention> mentions(String s, Instant published) {
        List<Mention> found = new ArrayList<>(3);
        Mention strike = strike(s, published);
        if (strike != null) {
            found.add(strike);
        }
        Mention ceasefire = ceasefire(s, published);
        if (ceasefire != null) {
            found.add(ceasefire);
        }
        Mention talks = negotiation(s, published);
        if (talks != null) {
            found.add(talks);
        }
        return found;
    }

    private Mention strike(String s, Instant published) {
        boolean news = isStrikeEvent(s, published) || isTally(s, published);
        boolean background = !news && isBackgroundStrike(s, published);
        if (!news && !background) {
            return null;
        }
        String attacker = null;
        String target = null;
        if (!TRADED.matcher(s).find()) {
            StrikeFacts facts = strikeFacts(List.of(s), 0, published);
            attacker = value(facts.attacker);
            target = value(facts.target);
        }
        Extracted<String>[] speaker = attribution(s);
        DateWindow when = Dates.find(s, published);
        return new Mention(EventKind.STRIKE, background, attacker, target, speaker == null ? null : speaker[0].value(),
                when == null ? null : when.date(), null, null, Set.of(), java.util.Map.of(), isWeek(when));
    }

    /** An attack at a distance told as history: dated a month or more back, one occasion, no threat. */
    private boolean isBackgroundStrike(String s, Instant published) {
        if (!isStrikeSentence(s) || HYPOTHETICAL.matcher(s).find()
                || DELIVERY.matcher(s).find() || NOT_FROM_AFAR.matcher(s).find()
                || HABITUAL.matcher(s).find()) {
            return false;
        }
        if (!DISTANCE_ATTACK.matcher(s).find() && !STRUCK_OBJECT.matcher(s).find()) {
            return false;
        }
        DateWindow when = Dates.find(s, published);
        return Dates.monthsBefore(s, published) >= 1
                || when != null && when.date().isBefore(published.atZone(Dates.KYIV).toLocalDate().minusDays(10));
    }

    private Mention ceasefire(String s, Instant published) {
        if (!CF_WORD.matcher(s).find() || hedgedEverywhere(s, CF_NOT_AN_EVENT, CF_WORD)) {
            return null;
        }
        CeasefireMatter matter = matterOf(s);
        if (matter == null) {
            return null;
        }
        String party = null;
        if (matter == CeasefireMatter.ALLEGED_VIOLATION) {
            Matcher m = ACCUSE.matcher(s);
            party = m.find() ? partyOf(m.group("accuser")) : subjectParty(s);
        } else {
            party = subjectParty(s);
        }
        boolean background = Dates.monthsBefore(s, published) >= 1;
        DateWindow when = Dates.find(s, published, EventDates.PLANNED.matcher(s).find());
        return new Mention(EventKind.CEASEFIRE, background, null, null, null, when == null ? null : when.date(),
                matter, party, Set.of());
    }

    private Mention negotiation(String s, Instant published) {
        boolean talks = NEG_PHONE.matcher(s).find() || NEG_ROUND.matcher(s).find()
                || PHONE_TALKS.matcher(s).find() || NEG_WITHDRAW.matcher(s).find()
                || NEG_MEETING.matcher(s).find() && !NOT_A_COUNTERPART.matcher(s).find()
                || (NEG_PROPOSAL.matcher(s).find() || NEG_SIGNED.matcher(s).find())
                && ON_TOPIC_DIPLOMACY.matcher(s).find()
                || COUNTERPART_CONTACT.matcher(s).find();
        if (!talks || hedgedEverywhere(s, NEG_NOT_AN_EVENT, NEG_PHONE, NEG_ROUND, PHONE_TALKS, NEG_WITHDRAW, NEG_MEETING,
                NEG_PROPOSAL, NEG_SIGNED, COUNTERPART_CONTACT)) {
            return null;
        }
        boolean onTopic = ON_TOPIC_DIPLOMACY.matcher(s).find() || WARRING_LEADER.matcher(s).find();
        if (OFF_TOPIC_DIPLOMACY.matcher(s).find() && !onTopic) {
            return null;
        }
        List<Extracted<Person>> named = people.find(List.of(s));
        Set<String> who = new LinkedHashSet<>();
        java.util.Map<String, String> sides = new java.util.LinkedHashMap<>();
        boolean warring = onTopic;
        for (Extracted<Person> p : named) {
            who.add(key(p.value()));
            sides.put(key(p.value()), p.value().party() == null || p.value().party().isBlank()
                    ? "person:" + key(p.value()) : p.value().party());
            warring |= "UA".equals(p.value().party()) || "RU".equals(p.value().party());
        }
        String withoutTopic = TOPICAL.matcher(s).replaceAll(" ");
        warring |= UA.matcher(withoutTopic).find() || RU.matcher(withoutTopic).find();
        if (!warring) {
            return null;
        }
        boolean background = Dates.monthsBefore(s, published) >= 1;
        DateWindow when = Dates.find(s, published, EventDates.PLANNED.matcher(s).find());
        return new Mention(EventKind.NEGOTIATION, background, null, null, null, when == null ? null : when.date(),
                null, null, who, sides, isWeek(when));
    }

    /**
     * "Four injuries from 51 attacks by Russian forces on Tuesday": one region's attacks of a stated day,
     * with their toll, are a strike (a nationwide or cumulative toll is not: it names no day).
     */
    private static boolean isTally(String s, Instant published) {
        if (!TALLY.matcher(s).find() || !TOLL_WORD.matcher(s).find() || HYPOTHETICAL.matcher(s).find()
                || Dates.monthsBefore(s, published) >= 1) {
            return false;
        }
        DateWindow when = Dates.find(s, published);
        return when != null && !when.date().isBefore(published.atZone(Dates.KYIV).toLocalDate().minusDays(3));
    }

    private static boolean isWeek(DateWindow when) {
        return when != null && when.precision() == org.conflictledger.common.TimePrecision.WEEK;
    }

    /**
     * Whether every event word of the sentence ({@code triggers}) stands in a clause that {@code hedge}
     * marks as not an event ("would", "if", "any cease-fire"); true too when no event word is found.
     */
    static boolean hedgedEverywhere(String s, Pattern hedge, Pattern... triggers) {
        for (Pattern trigger : triggers) {
            Matcher t = trigger.matcher(s);
            while (t.find()) {
                int from = 0;
                int to = s.length();
                Matcher end = CLAUSE_END.matcher(s);
                while (end.find()) {
                    if (end.end() <= t.start()) {
                        from = end.end();
                    } else if (end.start() >= t.end()) {
                        to = end.start();
                        break;
                    }
                }
                if (!hedge.matcher(s.substring(from, to)).find()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A participant's key: the surname, or party and title when unnamed. */
    static String key(Person p) {
        if (p.name() != null && !p.name().isBlank()) {
            String[] parts = p.name().trim().split("\\s+");
            return parts[parts.length - 1].toLowerCase(Locale.ROOT);
        }
        String title = p.title() == null ? "" : p.title().trim();
        // "envoy" and "special envoy" of one party are one person
        return (p.party() + ":" + title.substring(title.lastIndexOf(' ') + 1)).toLowerCase(Locale.ROOT);
    }

    private static String value(Extracted<String> e) {
        return e == null ? null : e.value();
    }
}
