package org.conflictledger.ingest.extract;

import static org.conflictledger.ingest.extract.Vocabulary.*;
import static org.conflictledger.ingest.extract.StrikeFigures.*;
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
 * Reads a strike from its sentences: which sentences tell a strike that happened (not a threat, a
 * delivery, a habit or history), its figures, weapon, places, sides, speaker and date.
 * The rules are proved by {@code ExtractorTest} and {@code ExtractorFieldsTest}.
 */
final class StrikeReader {
    private static final Gazetteer GAZETTEER = Gazetteer.get();

    private StrikeReader() {
    }

    // ---------------------------------------------------------------- strikes

    static final class StrikeFacts {
        Extracted<String> attacker;
        Extracted<String> target;
        Extracted<String> claimant;
        Extracted<String> attributedTo;
        List<Extracted<Place>> places = new ArrayList<>();
        Extracted<DateWindow> date;
        Extracted<WeaponCategory> weapon;
        List<String> models = new ArrayList<>();
        Extracted<StatedFigure> launched;
        Extracted<StatedFigure> intercepted;
        Extracted<StatedFigure> suppressed;
        Extracted<StatedFigure> killed;
        Extracted<StatedFigure> wounded;
        List<String> categories = new ArrayList<>();
    }

    /** A counted thing: weapons in some role, or casualties. */
    record Count(Numbers.Mention number, Role role, Weapon weapon, boolean total) {
    }

    static StrikeFacts strikeFacts(List<String> sentences, int titleCount, Instant published) {
        StrikeFacts facts = new StrikeFacts();
        // figures: the text before the headline (headlines round and abbreviate), exact before vague
        List<String> byDetail = new ArrayList<>(sentences.subList(titleCount, sentences.size()));
        byDetail.addAll(sentences.subList(0, titleCount));
        Extracted<StatedFigure> vagueLaunched = null;
        Extracted<StatedFigure> vagueIntercepted = null;
        Set<Weapon> vagueWeapons = EnumSet.noneOf(Weapon.class);
        Set<Weapon> weapons = EnumSet.noneOf(Weapon.class);
        Set<Weapon> launchedWeapons = EnumSet.noneOf(Weapon.class);
        String figureSentence = null;
        for (String sentence : byDetail) {
            List<Count> counts = weaponCounts(sentence);
            if (facts.launched == null) {
                Set<Weapon> these = EnumSet.noneOf(Weapon.class);
                Extracted<StatedFigure> launched = sum(counts, Role.LAUNCHED, sentence, these);
                if (launched != null && launched.value().qualifier() == org.conflictledger.strike.Qualifier.EXACT) {
                    facts.launched = launched;
                    launchedWeapons.addAll(these);
                    figureSentence = figureSentence == null ? sentence : figureSentence;
                } else if (launched != null && vagueLaunched == null) {
                    vagueLaunched = launched;
                    vagueWeapons.addAll(these);
                }
            }
            if (facts.intercepted == null) {
                Extracted<StatedFigure> intercepted = sum(counts, Role.INTERCEPTED, sentence,
                        EnumSet.noneOf(Weapon.class));
                if (intercepted != null && intercepted.value().qualifier() == org.conflictledger.strike.Qualifier.EXACT) {
                    facts.intercepted = intercepted;
                    figureSentence = figureSentence == null ? sentence : figureSentence;
                } else if (intercepted != null && vagueIntercepted == null) {
                    vagueIntercepted = intercepted;
                }
            }
            if (facts.suppressed == null) {
                facts.suppressed = sum(counts, Role.SUPPRESSED, sentence, EnumSet.noneOf(Weapon.class));
            }
            Casualties casualties = casualties(sentence);
            if (facts.killed == null && casualties.killed() != null) {
                facts.killed = Extracted.of(casualties.killed(), sentence, 0.8);
                figureSentence = figureSentence == null ? sentence : figureSentence;
            }
            if (facts.wounded == null && casualties.wounded() != null) {
                facts.wounded = Extracted.of(casualties.wounded(), sentence, 0.8);
            }
            if (isStrikeSentence(sentence)) {
                weapons.addAll(weaponsIn(sentence));
                Matcher model = MODEL.matcher(sentence);
                while (model.find()) {
                    String name = canonicalModel(model.group(1));
                    if (!facts.models.contains(name)) {
                        facts.models.add(name);
                    }
                }
            }
        }
        if (facts.launched == null && vagueLaunched != null) {
            facts.launched = vagueLaunched;
            launchedWeapons.addAll(vagueWeapons);
            figureSentence = figureSentence == null ? vagueLaunched.evidence() : figureSentence;
        }
        if (facts.intercepted == null) {
            facts.intercepted = vagueIntercepted;
        }
        if (facts.launched != null) {
            // "nearly 200 drones and missiles": every weapon named with the launch counts
            launchedWeapons.addAll(weaponsIn(facts.launched.evidence()));
            launchedWeapons.remove(Weapon.ARTILLERY);
        }
        Set<Weapon> basis = launchedWeapons.isEmpty() ? weapons : launchedWeapons;
        WeaponCategory category = category(basis);
        if (category != null) {
            // the sentence that names the weapon the category stands for ("missile strikes", not "shelling")
            Set<Weapon> named = EnumSet.copyOf(basis);
            if (named.size() > 1) {
                named.remove(Weapon.ARTILLERY);
            }
            String namedIn = firstMatching(sentences, s -> isStrikeSentence(s)
                    && weaponsIn(s).stream().anyMatch(named::contains));
            String evidence = figureSentence != null && !launchedWeapons.isEmpty() ? figureSentence
                    : namedIn != null ? namedIn : firstMatching(sentences, s -> !weaponsIn(s).isEmpty() && isStrikeSentence(s));
            facts.weapon = Extracted.of(category, evidence, launchedWeapons.isEmpty() ? 0.6 : 0.85);
        }

        // places: those named in strike sentences, not as a launch site, not as a speaker
        Set<String> seen = new LinkedHashSet<>();
        for (String sentence : sentences) {
            if (!isStrikeSentence(sentence) || EventSegmenter.TRADED.matcher(sentence).find()) {
                // "Kyiv and Moscow trade strikes": the capitals stand for the sides, not for places hit
                continue;
            }
            for (Gazetteer.Hit hit : GAZETTEER.find(sentence)) {
                if (isMetonym(sentence, hit) || isLaunchSite(sentence, hit) || isAttribution(sentence, hit)) {
                    continue;
                }
                Place place = regionOfList(sentence, hit);
                if (seen.add(place.name())) {
                    boolean inFigure = sentence.equals(figureSentence);
                    facts.places.add(Extracted.of(place, sentence, inFigure ? 0.85 : 0.7));
                }
            }
        }
        // a city and its own region both named: the city says more
        facts.places.removeIf(p -> p.value().wholeRegion() && facts.places.stream().anyMatch(
                o -> !o.value().wholeRegion() && o.value().region().equals(p.value().name())));

        // attacker and target
        attackerAndTarget(sentences, facts);
        facts.categories.addAll(TargetCategories.of(sentences.stream().filter(StrikeReader::isStrikeSentence).toList()));

        // who stated the figures
        List<String> order = new ArrayList<>();
        if (figureSentence != null) {
            order.add(figureSentence);
        }
        order.addAll(sentences);
        for (String sentence : order) {
            Extracted<String>[] found = attribution(sentence);
            if (found != null) {
                facts.claimant = found[0];
                facts.attributedTo = found[1];
                break;
            }
        }

        // when
        String dateSentence = figureSentence != null ? figureSentence : firstMatching(sentences, StrikeReader::isStrikeSentence);
        DateWindow window = dateSentence == null ? null : Dates.find(dateSentence, published);
        if (window != null) {
            facts.date = Extracted.of(window, dateSentence, 0.85);
        } else {
            // the day of a sentence that tells the strike, before the day of anything else the item tells
            List<String> strikeFirst = new ArrayList<>(sentences.stream().filter(StrikeReader::isStrikeSentence).toList());
            strikeFirst.addAll(sentences.stream().filter(x -> !isStrikeSentence(x)).toList());
            for (String sentence : strikeFirst) {
                window = Dates.find(sentence, published);
                if (window != null) {
                    facts.date = Extracted.of(window, sentence, 0.65);
                    break;
                }
            }
        }
        if (facts.date == null) {
            facts.date = Extracted.of(Dates.fallback(published), dateSentence == null ? "" : dateSentence, 0.4);
        }
        return facts;
    }

    /**
     * Whether a sentence reports a strike that happened: an attack at a distance (a weapon, shelling,
     * bombing, an air strike, a building struck), stated as a fact of one occasion, not as a threat,
     * a possibility, a delivery of weapons, a habit ("months of shelling") or history dated weeks back.
     */
    static boolean isStrikeEvent(String sentence, Instant published) {
        if (!isStrikeSentence(sentence)) {
            return false;
        }
        if (weaponsIn(sentence).isEmpty() && !DISTANCE_ATTACK.matcher(sentence).find()
                && !STRUCK_OBJECT.matcher(sentence).find()) {
            // "killed" alone: fighting, a sniper, a toll; not an attack at a distance
            return false;
        }
        if (HYPOTHETICAL.matcher(sentence).find() || DELIVERY.matcher(sentence).find()
                || NOT_FROM_AFAR.matcher(sentence).find()) {
            return false;
        }
        if (Dates.monthsBefore(sentence, published) >= 1) {
            // "in late February", "in March 2022": history told again, not the news
            return false;
        }
        DateWindow when = Dates.find(sentence, published);
        if (HABITUAL.matcher(sentence).find() && when == null) {
            return false;
        }
        return when == null || !when.date().isBefore(published.atZone(Dates.KYIV).toLocalDate().minusDays(10));
    }

    /** With a weapon named, a word of attack, explosion or air defence makes a strike sentence. */
    static final Pattern STRIKE_WORD = Pattern.compile("(?i)\\b(?:attacks?|strikes?|hit|hits|explosions?"
            + "|overnight|damaged|barrage|air\\s+defen[cs]e)\\b");
    /** Without a weapon named, an attack phrase does. */
    static final Pattern STRIKE_PHRASE = Pattern.compile("(?i)\\b(?:attack(?:s|ed)?\\s+(?:on|against)|strikes?\\s+(?:on|hit|hits|in|killed|kills)"
            + "|struck|shelled|shelling|bombs?\\s+(?:on|hit|a|the)|dropped\\s+(?:a\\s+)?bombs?|bombed"
            + "|bombard\\w*|explosions?\\s+(?:in|rocked|hit)|killed|killing|injured|wounded"
            + "|air\\s*strikes?|airstrikes?|explosions?\\s+(?:(?:are|were|was|have\\s+been)\\s+)?(?:heard|reported"
            + "|rocked|shook|lit\\s+up)|(?:deadly|fatal|massive|powerful)\\s+(?:blasts?|explosions?)"
            + "|targeted\\s+(?:\\S+\\s+){0,2}?(?:homes|houses|buildings|residential|civilians)"
            + "|(?:apartment|residential|building|block|tower|mall|hospital|school|station|missile|rocket|drone"
            + "|artillery)\\s+(?:strikes?|attacks?)|(?:attacks?|strikes?|shelling|bombardment)\\s+(?:\\w+\\s+)?(?:destroyed|damaged|hit"
            + "|killed|injured|wounded|struck)|(?:helicopters?|warplanes?|jets|aircraft)\\s+(?:attacking|attacked|struck"
            + "|bombed|hit|fired)|attacks?\\s+by\\s+(?:the\\s+)?(?:Russian|Ukrainian)\\s+(?:forces|troops|army|military))\\b");

    static boolean isStrikeSentence(String sentence) {
        Boolean known = STRIKE_SENTENCES.get(sentence);
        if (known == null) {
            if (STRIKE_SENTENCES.size() > 20_000) {
                STRIKE_SENTENCES.clear();
            }
            known = scanStrikeSentence(sentence);
            STRIKE_SENTENCES.put(sentence, known);
        }
        return known;
    }

    static boolean scanStrikeSentence(String sentence) {
        return STRUCK_OBJECT.matcher(sentence).find() || !weaponsIn(sentence).isEmpty() && (LAUNCH_VERB.matcher(sentence).find()
                || INTERCEPT_VERB.matcher(sentence).find() || KILL.matcher(sentence).find()
                || IMPACT_VERB.matcher(sentence).find()
                || WOUND.matcher(sentence).find() || STRIKE_WORD.matcher(sentence).find())
                || STRIKE_PHRASE.matcher(sentence).find();
    }

    static String firstMatching(List<String> sentences, java.util.function.Predicate<String> test) {
        for (String s : sentences) {
            if (test.test(s)) {
                return s;
            }
        }
        return null;
    }
}
