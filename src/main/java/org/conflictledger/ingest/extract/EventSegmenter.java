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
    private static final Pattern FIGURE_DETAIL = Pattern.compile("(?i)\\b(?:killed|wounded|injured|dead|died|casualties"
            + "|shot\\s+down|downed|intercepted|destroyed|damaged|debris|fire\\s+broke\\s+out)\\b");
    private static final Pattern TALKS_DETAIL = Pattern.compile("(?i)\\b(?:talks|meeting|call|conversation|discussed"
            + "|lasted|agenda|delegation)\\b");

    /** What one sentence says about one event. */
    record Mention(EventKind kind, boolean background, String attacker, String target, String claimant,
            LocalDate date, CeasefireMatter matter, String party, Set<String> people) {
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

        Segment(Mention m) {
            this.kind = m.kind();
            this.background = m.background();
            absorb(m);
        }

        boolean agrees(Mention m) {
            if (m.kind() != kind || m.background() != background || !same(m.date(), date)) {
                return false;
            }
            return switch (kind) {
                case STRIKE -> same(m.attacker(), attacker) && same(m.target(), target) && same(m.claimant(), claimant);
                case CEASEFIRE -> m.matter() == matter && same(m.party(), party);
                case NEGOTIATION -> m.people().isEmpty() || people.isEmpty()
                        || m.people().stream().anyMatch(people::contains);
            };
        }

        void absorb(Mention m) {
            attacker = attacker != null ? attacker : m.attacker();
            target = target != null ? target : m.target();
            claimant = claimant != null ? claimant : m.claimant();
            date = date != null ? date : m.date();
            matter = matter != null ? matter : m.matter();
            party = party != null ? party : m.party();
            people.addAll(m.people());
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
                for (int k = events.size() - 1; k >= 0; k--) {
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
        boolean news = isStrikeEvent(s, published);
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
                when == null ? null : when.date(), null, null, Set.of());
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
        if (!CF_WORD.matcher(s).find() || CF_NOT_AN_EVENT.matcher(s).find()) {
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
                && ON_TOPIC_DIPLOMACY.matcher(s).find();
        if (!talks || NEG_NOT_AN_EVENT.matcher(s).find()) {
            return null;
        }
        boolean onTopic = ON_TOPIC_DIPLOMACY.matcher(s).find() || WARRING_LEADER.matcher(s).find();
        if (OFF_TOPIC_DIPLOMACY.matcher(s).find() && !onTopic) {
            return null;
        }
        List<Extracted<Person>> named = people.find(List.of(s));
        Set<String> who = new LinkedHashSet<>();
        boolean warring = onTopic;
        for (Extracted<Person> p : named) {
            who.add(key(p.value()));
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
                null, null, who);
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
