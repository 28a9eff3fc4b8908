package org.conflictledger.ingest.extract;

import static org.conflictledger.ingest.extract.Vocabulary.*;
import static org.conflictledger.ingest.extract.StrikeReader.*;
import static org.conflictledger.ingest.extract.StrikeSides.*;
import static org.conflictledger.ingest.extract.CeasefireReader.*;
import static org.conflictledger.ingest.extract.NegotiationReader.*;

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
 * Strike figures: weapons named in a sentence, counts by role (launched, intercepted, lost to jamming,
 * hit) added up across weapons with their qualifiers, casualties, the weapon category and models.
 * The rules are proved by {@code ExtractorTest} and {@code NumbersTest}.
 */
final class StrikeFigures {

    private StrikeFigures() {
    }

    /** Sentences already read for weapons and for strike words: each is asked about at several stages. */
    static final Map<String, EnumSet<Weapon>> WEAPONS_SEEN = new java.util.concurrent.ConcurrentHashMap<>();
    static final Map<String, Boolean> STRIKE_SENTENCES = new java.util.concurrent.ConcurrentHashMap<>();

    static Set<Weapon> weaponsIn(String sentence) {
        EnumSet<Weapon> known = WEAPONS_SEEN.get(sentence);
        if (known == null) {
            if (WEAPONS_SEEN.size() > 20_000) {
                WEAPONS_SEEN.clear();
            }
            known = scanWeapons(sentence);
            WEAPONS_SEEN.put(sentence, known);
        }
        return EnumSet.copyOf(known);
    }

    static EnumSet<Weapon> scanWeapons(String sentence) {
        EnumSet<Weapon> found = EnumSet.noneOf(Weapon.class);
        boolean[] taken = new boolean[sentence.length() + 1];
        for (Weapon weapon : List.of(Weapon.BALLISTIC, Weapon.CRUISE, Weapon.BOMB, Weapon.DRONE, Weapon.ARTILLERY,
                Weapon.MISSILE)) {
            Matcher m = WEAPONS.get(weapon).matcher(sentence);
            while (m.find()) {
                if (!taken[m.start()]) {
                    found.add(weapon);
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        return found;
    }

    /** The weapon named right after a number ("147 drones", "three Kh-101 cruise missiles"), if any. */
    static Weapon weaponAfter(String after) {
        // "dozens of drones", "hundreds of missiles": the "of" belongs to the vague number
        String rest = after.replaceFirst("^\\s*of\\s+(?!the\\b|them\\b|these\\b|those\\b|which\\b|all\\b)", " ");
        String window = rest.length() > 60 ? rest.substring(0, 60) : rest;
        Weapon best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Weapon weapon : List.of(Weapon.BALLISTIC, Weapon.CRUISE, Weapon.BOMB, Weapon.DRONE, Weapon.MISSILE)) {
            Matcher m = WEAPONS.get(weapon).matcher(window);
            if (m.find() && m.start() < bestStart) {
                String between = window.substring(0, m.start());
                // only adjectives in between: no verb, no other number, no clause break
                if (between.split("\\s+").length <= 4 && !between.matches("(?s).*(?:\\d|[,;.]|\\b(?:and|were|was|of"
                        + "|by|in|at|on|over|which|that)\\b).*")) {
                    best = weapon;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    static List<Count> weaponCounts(String sentence) {
        List<Count> counts = new ArrayList<>();
        Set<Weapon> inSentence = weaponsIn(sentence);
        if (inSentence.isEmpty() && !TOTAL.matcher(" " + sentence).find()
                && !Pattern.compile("(?i)\\b(?:aerial|air)\\s+targets|attack\\s+means").matcher(sentence).find()
                && !Pattern.compile("(?i)\\bof\\s+(?:the\\s+)?\\d[\\d,]*\\s+(?:launched|fired)\\b").matcher(sentence).find()
                && !(Pattern.compile("(?i)\\bof\\s+(?:them|these|those|which)\\b").matcher(sentence).find()
                        && (INTERCEPT_VERB.matcher(sentence).find() || SUPPRESS_VERB.matcher(sentence).find()))) {
            return counts;
        }
        List<int[]> clauses = clauses(sentence);
        Role previous = null;
        Weapon lastWeapon = null;
        for (int[] clause : clauses) {
            String text = sentence.substring(clause[0], clause[1]);
            boolean subcount = SUBCOUNT.matcher(text).find();
            List<Numbers.Mention> numbers = Numbers.find(text);
            Role clauseRole = null;
            // "56 of the 88 drones": the part and the whole
            Matcher partOf = Pattern.compile("(?i)(?<![\\w-])(\\d[\\d,]*|[a-z-]+)\\s+(?:out\\s+)?of\\s+(?:the\\s+|all\\s+)?"
                    + "(\\d[\\d,]*|[a-z-]+)\\s+(?:[\\w-]+\\s+){0,2}?(?:drones?|missiles?|uavs?|shaheds?|targets|aerial"
                    + "|air|launched|fired)").matcher(text);
            if (partOf.find() && INTERCEPT_VERB.matcher(text).find()) {
                Integer part = Numbers.parse(partOf.group(1));
                Integer whole = Numbers.parse(partOf.group(2));
                if (part != null && whole != null && part <= whole) {
                    Weapon w = weaponAfter(text.substring(partOf.start(2) + partOf.group(2).length()));
                    w = w == null ? lastWeapon : w;
                    counts.add(new Count(new Numbers.Mention(part, org.conflictledger.strike.Qualifier.EXACT,
                            partOf.start(1), partOf.end(1)), Role.INTERCEPTED, w, false));
                    Numbers.Mention wholeMention = numbers.stream().filter(n -> n.value() == whole).findFirst()
                            .orElse(new Numbers.Mention(whole, org.conflictledger.strike.Qualifier.EXACT,
                                    partOf.start(2), partOf.end(2)));
                    counts.add(new Count(wholeMention, Role.LAUNCHED, w, false));
                    lastWeapon = w;
                    previous = Role.INTERCEPTED;
                    continue;
                }
            }
            for (Numbers.Mention number : numbers) {
                String after = text.substring(number.end());
                Weapon weapon = weaponAfter(after);
                boolean total = weapon == null && TOTAL.matcher(after).find();
                boolean pronoun = weapon == null && !total && (PRONOUN_COUNT.matcher(after).find()
                        || VERB_COUNT.matcher(after).find());
                if (weapon == null && !total && !pronoun) {
                    continue;
                }
                if (PEOPLE.matcher(after).find() && weapon == null) {
                    continue;
                }
                Role role = roleNear(text, number);
                if (role == null && previous == null && !subcount) {
                    // "59 missiles and 54 drones had been shot down": the verb comes after the "and"
                    role = roleOfNextClause(sentence, clauses, clause);
                }
                if (role == null) {
                    role = subcount ? null : previous != null ? previous : Role.LAUNCHED;
                }
                if (role == null) {
                    continue;
                }
                if (weapon == null && !total) {
                    weapon = lastWeapon;
                }
                counts.add(new Count(number, role, weapon, total));
                if (weapon != null) {
                    lastWeapon = weapon;
                }
                clauseRole = role;
            }
            if (clauseRole != null) {
                previous = clauseRole;
            } else if (numbers.isEmpty() && SAYS.matcher(text).find()) {
                // "..., the air force said, adding that ...": a new statement starts
                previous = null;
            } else if (!subcount) {
                Role verbRole = roleNear(text, null);
                if (verbRole != null) {
                    previous = verbRole;
                }
            }
        }
        return counts;
    }

    static Role roleOfNextClause(String sentence, List<int[]> clauses, int[] clause) {
        int index = clauses.indexOf(clause);
        if (index < 0 || index + 1 >= clauses.size()) {
            return null;
        }
        int[] next = clauses.get(index + 1);
        String joint = sentence.substring(clause[1], next[0] + 4 > sentence.length() ? sentence.length() : next[0] + 4);
        if (!joint.matches("(?s)\\s*and\\b.*")) {
            return null;
        }
        return roleNear(sentence.substring(next[0], next[1]), null);
    }

    static final Pattern AMONG_THEM = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+){0,3}?(?:were|was|are|is)\\s+"
            + "(?:also\\s+)?among\\b");
    static final Pattern HIT_AFTER = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+){0,6}?(?:have\\s+|had\\s+)?"
            + "(?:struck|hit|hits|strike|landed|slammed|slam|smashed)\\b");
    static final Pattern HIT_BY = Pattern.compile("(?i)\\b(?:struck|hit)\\s+by\\s+(?:at\\s+least\\s+)?$");

    /** The role of the verb nearest to the number in its clause (or of any verb, without a number). */
    static Role roleNear(String clause, Numbers.Mention number) {
        if (number != null) {
            // "three missiles struck Lviv", "struck by three missiles": what hit, not what was launched
            String after = clause.substring(number.end());
            if (HIT_BY.matcher(clause.substring(0, number.start())).find() || HIT_AFTER.matcher(after).find()
                    && !INTERCEPT_VERB.matcher(after.length() > 40 ? after.substring(0, 40) : after).find()) {
                return Role.HIT;
            }
        }
        Role best = null;
        int bestDistance = Integer.MAX_VALUE;
        Map<Role, Pattern> verbs = new LinkedHashMap<>();
        verbs.put(Role.SUPPRESSED, SUPPRESS_VERB);
        verbs.put(Role.HIT, HIT_VERB);
        verbs.put(Role.INTERCEPTED, INTERCEPT_VERB);
        verbs.put(Role.LAUNCHED, LAUNCH_VERB);
        for (Map.Entry<Role, Pattern> entry : verbs.entrySet()) {
            Matcher m = entry.getValue().matcher(clause);
            while (m.find()) {
                int distance = number == null ? m.start()
                        : m.start() >= number.end() ? m.start() - number.end() : (number.start() - m.end()) + 1;
                if (distance < bestDistance) {
                    best = entry.getKey();
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    static List<int[]> clauses(String sentence) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CLAUSE.matcher(sentence);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new int[] {start, m.start()});
            }
            start = m.group().trim().matches("(?i)and|but|while|whereas|with|as|after|before|when") ? m.start() + 1
                    : m.end();
        }
        if (start < sentence.length()) {
            out.add(new int[] {start, sentence.length()});
        }
        return out;
    }

    /** The figure of one role in a sentence: one count per weapon kind, added up; a stated total wins. */
    static Extracted<StatedFigure> sum(List<Count> counts, Role role, String sentence, Set<Weapon> weapons) {
        Map<Weapon, Numbers.Mention> perWeapon = new LinkedHashMap<>();
        Numbers.Mention unnamed = null;
        Numbers.Mention total = null;
        for (Count count : counts) {
            if (count.role() != role) {
                continue;
            }
            if (count.total()) {
                total = total == null ? count.number() : total;
            } else if (count.weapon() == null) {
                unnamed = unnamed == null ? count.number() : unnamed;
            } else {
                perWeapon.putIfAbsent(count.weapon(), count.number());
            }
        }
        if (total != null) {
            weapons.addAll(perWeapon.keySet());
            return Extracted.of(StatedFigure.of(total.value(), total.qualifier()), sentence, 0.85);
        }
        if (perWeapon.isEmpty() && unnamed == null) {
            return null;
        }
        List<Numbers.Mention> parts = new ArrayList<>(perWeapon.values());
        if (parts.isEmpty()) {
            parts.add(unnamed);
        }
        weapons.addAll(perWeapon.keySet());
        long value = 0;
        Set<org.conflictledger.strike.Qualifier> qualifiers = EnumSet.noneOf(org.conflictledger.strike.Qualifier.class);
        for (Numbers.Mention part : parts) {
            value += part.value();
            qualifiers.add(part.qualifier());
        }
        if (value > StatedFigure.MAX) {
            return null;
        }
        qualifiers.remove(org.conflictledger.strike.Qualifier.EXACT);
        org.conflictledger.strike.Qualifier qualifier = qualifiers.isEmpty() ? org.conflictledger.strike.Qualifier.EXACT
                : qualifiers.size() == 1 ? qualifiers.iterator().next() : org.conflictledger.strike.Qualifier.ABOUT;
        double confidence = perWeapon.isEmpty() ? 0.6 : parts.size() > 1 ? 0.8 : 0.9;
        return Extracted.of(StatedFigure.of((int) value, qualifier), sentence, confidence);
    }

    record Casualties(StatedFigure killed, StatedFigure wounded) {
    }

    static Casualties casualties(String sentence) {
        if (!KILL.matcher(sentence).find() && !WOUND.matcher(sentence).find()) {
            return new Casualties(null, null);
        }
        StatedFigure killed = null;
        StatedFigure wounded = null;
        for (int[] clause : clauses(sentence)) {
            String text = sentence.substring(clause[0], clause[1]);
            boolean kill = KILL.matcher(text).find();
            boolean wound = WOUND.matcher(text).find();
            if (!kill && !wound) {
                continue;
            }
            for (Numbers.Mention number : Numbers.find(text)) {
                String after = text.substring(number.end());
                String before = text.substring(0, number.start());
                if (weaponAfter(after) != null) {
                    continue;
                }
                if (AMONG_THEM.matcher(after).find()) {
                    // "three children were among those killed": a part of the toll, not the toll
                    continue;
                }
                boolean person = PEOPLE.matcher(after).find();
                boolean verbAfter = CASUALTY_AFTER.matcher(after).find();
                boolean verbBefore = CASUALTY_BEFORE.matcher(before).find();
                if (!person && !verbAfter && !verbBefore) {
                    continue;
                }
                boolean isKill;
                if (kill && wound) {
                    // the casualty word nearest the number decides
                    isKill = nearest(text, number, KILL) <= nearest(text, number, WOUND);
                } else {
                    isKill = kill;
                }
                StatedFigure figure = StatedFigure.of(number.value(), number.qualifier());
                if (isKill && killed == null) {
                    killed = figure;
                } else if (!isKill && wounded == null) {
                    wounded = figure;
                }
            }
        }
        return new Casualties(killed, wounded);
    }

    static int nearest(String text, Numbers.Mention number, Pattern words) {
        Matcher m = words.matcher(text);
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            int distance = m.start() >= number.end() ? m.start() - number.end() : number.start() - m.end();
            best = Math.min(best, Math.abs(distance));
        }
        return best;
    }

    static WeaponCategory category(Set<Weapon> weapons) {
        Set<Weapon> kinds = EnumSet.copyOf(weapons.isEmpty() ? EnumSet.noneOf(Weapon.class) : weapons);
        if (kinds.contains(Weapon.MISSILE) && (kinds.contains(Weapon.CRUISE) || kinds.contains(Weapon.BALLISTIC))) {
            kinds.remove(Weapon.MISSILE);
        }
        if (kinds.size() > 1 && kinds.contains(Weapon.ARTILLERY)) {
            kinds.remove(Weapon.ARTILLERY);
        }
        if (kinds.isEmpty()) {
            return null;
        }
        if (kinds.size() > 1) {
            return WeaponCategory.MIXED;
        }
        return switch (kinds.iterator().next()) {
            case DRONE -> WeaponCategory.DRONE;
            case CRUISE -> WeaponCategory.CRUISE_MISSILE;
            case BALLISTIC -> WeaponCategory.BALLISTIC_MISSILE;
            case MISSILE -> WeaponCategory.UNKNOWN;
            case BOMB -> WeaponCategory.GUIDED_BOMB;
            case ARTILLERY -> WeaponCategory.ARTILLERY;
        };
    }

    /**
     * The coarse weapon of the evaluation labels: DRONE, MISSILE (cruise, ballistic or unspecified)
     * or MIXED; null for other weapons or none.
     */
    public static String coarseWeapon(Extraction extraction) {
        if (extraction.weapon() == null) {
            return null;
        }
        WeaponCategory category = extraction.weapon().value();
        return switch (category) {
            case DRONE -> "DRONE";
            case CRUISE_MISSILE, BALLISTIC_MISSILE -> "MISSILE";
            case UNKNOWN -> extraction.weapon().evidence() != null
                    && WEAPONS.get(Weapon.MISSILE).matcher(extraction.weapon().evidence()).find() ? "MISSILE" : null;
            case MIXED -> {
                String evidence = extraction.weapon().evidence() == null ? "" : extraction.weapon().evidence();
                boolean drone = WEAPONS.get(Weapon.DRONE).matcher(evidence).find();
                boolean missile = WEAPONS.get(Weapon.MISSILE).matcher(evidence).find()
                        || WEAPONS.get(Weapon.CRUISE).matcher(evidence).find()
                        || WEAPONS.get(Weapon.BALLISTIC).matcher(evidence).find();
                yield drone && missile ? "MIXED" : drone ? "DRONE" : missile ? "MISSILE" : "MIXED";
            }
            default -> null;
        };
    }

    static String canonicalModel(String raw) {
        String m = raw.toLowerCase(Locale.ROOT);
        if (m.startsWith("shahed") || m.startsWith("geran")) {
            return "Shahed-136/131";
        }
        if (m.startsWith("iskander")) {
            return "Iskander-M";
        }
        if (m.equals("onyx") || m.equals("oniks")) {
            return "Oniks";
        }
        return raw.substring(0, 1).toUpperCase(Locale.ROOT) + raw.substring(1);
    }
}
