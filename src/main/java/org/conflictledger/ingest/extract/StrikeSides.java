package org.conflictledger.ingest.extract;

import static org.conflictledger.ingest.extract.Vocabulary.*;
import static org.conflictledger.ingest.extract.StrikeReader.*;
import static org.conflictledger.ingest.extract.StrikeFigures.*;
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
 * Who attacked whom and who said so: attacker and target from subjects, adjectives and where the
 * places lie; the speaker of a sentence (an air force, a ministry, a governor) as claimant; capitals
 * that stand for their governments ("Moscow said") rather than places.
 */
final class StrikeSides {
    private static final Gazetteer GAZETTEER = Gazetteer.get();

    private StrikeSides() {
    }

    // attacker and target: explicit subjects first, then adjectives, then where the places are
    static final Pattern RU_ACTOR = Pattern.compile("(?i)(?<!\\bin\\s|\\bat\\s|\\bon\\s|\\bover\\s|\\bnear\\s)\\b(?:Russia|Russian\\s+(?:forces|troops|military|army"
            + "|aircraft|bombers|warplanes|jets)|Moscow|the\\s+Kremlin)\\s+(?:has\\s+|had\\s+|have\\s+|also\\s+|again\\s+)?"
            + "(?:launched|attacked|struck|fired|hit|pounded|shelled|bombarded|targeted|unleashed|sent|used|strikes"
            + "|launches|attacks|fires|hits|pummel\\w*|battered|rained|carried\\s+out|conducted)\\b");
    static final Pattern UA_ACTOR = Pattern.compile("(?i)(?<!\\bin\\s|\\bat\\s|\\bon\\s|\\bover\\s|\\bnear\\s)\\b(?:Ukraine|Ukrainian\\s+(?:forces|troops|military"
            + "|army|navy|sea\\s+drones|special\\s+forces)|Kyiv)\\s+(?:has\\s+|had\\s+|have\\s+|also\\s+|again\\s+)?"
            + "(?:launched|attacked|struck|fired|hit|pounded|shelled|bombarded|targeted|unleashed|sent|used|strikes"
            + "|launches|attacks|fires|hits|carried\\s+out|conducted)\\b");
    static final Pattern RU_WEAPON = Pattern.compile("(?i)\\b(?:Russia's|Russian|Moscow's)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:drones?|missiles?|strikes?|attacks?|shelling|bombs?|air\\s+strikes?|airstrikes?|barrage|bombardment"
            + "|assault|offensive|rockets?|shahed\\w*)\\b");
    static final Pattern UA_WEAPON = Pattern.compile("(?i)\\b(?:Ukraine's|Ukrainian|Kyiv's)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:drones?|missiles?|strikes?|attacks?|shelling|bombs?|air\\s+strikes?|airstrikes?|barrage|bombardment"
            + "|incursion|assault|offensive|rockets?|uavs?)\\b");
    static final Pattern RU_ATTACKED_BY = Pattern.compile("(?i)(?<!blamed\\s|accused\\s|condemned\\s|claimed\\s"
            + "|denied\\s|criticised\\s|criticized\\s|reported\\s|announced\\s)\\b(?:by|from)\\s+Russia(?:n\\s+forces)?\\b");
    static final Pattern UA_ATTACKED_BY = Pattern.compile("(?i)(?<!blamed\\s|accused\\s|condemned\\s|claimed\\s"
            + "|denied\\s|criticised\\s|criticized\\s|reported\\s|announced\\s)\\b(?:by|from)\\s+Ukraine\\b|\\bUkrainian"
            + "\\s+(?:drones?|uavs?)\\s+(?:attacked|struck|hit|targeted)");
    static final Pattern UA_TARGET = Pattern.compile("(?i)\\b(?:on|against|at|across|in|over|into)\\s+(?:western\\s+"
            + "|eastern\\s+|southern\\s+|northern\\s+|central\\s+)?Ukraine\\b|\\bUkrainian\\s+(?:cities|towns|energy"
            + "|infrastructure|territory|positions|power|civilians|ports?)\\b|\\bUkraine's\\s+(?:energy|power|cities"
            + "|infrastructure|grid|ports?)\\b");
    static final Pattern RU_TARGET = Pattern.compile("(?i)\\b(?:on|against|at|across|in|over|into)\\s+(?:western\\s+"
            + "|southern\\s+)?Russia\\b|\\bRussian\\s+(?:cit(?:y|ies)|towns?|villages?|regions?|territory|refiner\\w*|oil|airfields?"
            + "|air\\s+bases?|soil|border\\s+regions?)\\b|\\bRussia's\\s+(?:energy|oil|refiner\\w*|territory|regions?"
            + "|airfields?|border)\\b|\\b(?:over|across)\\s+(?:Russian|the\\s+Russian)\\s+(?:regions?|territory)\\b");

    static void attackerAndTarget(List<String> sentences, StrikeFacts facts) {
        int ua = 0;
        int ru = 0;
        String uaEvidence = null;
        String ruEvidence = null;
        int uaTarget = 0;
        int ruTarget = 0;
        String uaTargetEvidence = null;
        String ruTargetEvidence = null;
        for (String s : sentences) {
            int ruHere = count(RU_ACTOR, s) * 3 + count(RU_WEAPON, s) * 2 + count(RU_ATTACKED_BY, s) * 2;
            int uaHere = count(UA_ACTOR, s) * 3 + count(UA_WEAPON, s) * 2 + count(UA_ATTACKED_BY, s) * 2;
            if (ruHere > 0 && ruEvidence == null) {
                ruEvidence = s;
            }
            if (uaHere > 0 && uaEvidence == null) {
                uaEvidence = s;
            }
            ru += ruHere;
            ua += uaHere;
            int uaT = count(UA_TARGET, s);
            int ruT = count(RU_TARGET, s);
            if (uaT > 0 && uaTargetEvidence == null) {
                uaTargetEvidence = s;
            }
            if (ruT > 0 && ruTargetEvidence == null) {
                ruTargetEvidence = s;
            }
            uaTarget += uaT;
            ruTarget += ruT;
        }
        // where the named places are counts for the target
        int uaPlaces = 0;
        int ruPlaces = 0;
        for (Extracted<Place> place : facts.places) {
            if ("UA".equals(place.value().country())) {
                uaPlaces++;
                uaTargetEvidence = uaTargetEvidence == null ? place.evidence() : uaTargetEvidence;
            } else if ("RU".equals(place.value().country())) {
                ruPlaces++;
                ruTargetEvidence = ruTargetEvidence == null ? place.evidence() : ruTargetEvidence;
            }
        }
        uaTarget += uaPlaces * 2;
        ruTarget += ruPlaces * 2;
        String target = null;
        String targetEvidence = null;
        double targetConfidence = 0;
        if (uaTarget > ruTarget) {
            target = "UA";
            targetEvidence = uaTargetEvidence;
            targetConfidence = uaPlaces > 0 ? 0.85 : 0.7;
        } else if (ruTarget > uaTarget) {
            target = "RU";
            targetEvidence = ruTargetEvidence;
            targetConfidence = ruPlaces > 0 ? 0.85 : 0.7;
        }
        String attacker = null;
        String attackerEvidence = null;
        double attackerConfidence = 0;
        if (ru > ua) {
            attacker = "RU";
            attackerEvidence = ruEvidence;
            attackerConfidence = 0.85;
        } else if (ua > ru) {
            attacker = "UA";
            attackerEvidence = uaEvidence;
            attackerConfidence = 0.85;
        }
        if (attacker != null && attacker.equals(target)) {
            // named attacker, places on its own side: occupied ground (Crimea, Donetsk) held by the other
            // party when the attacker was named outright; otherwise the places decide
            if (ruPlaces + uaPlaces > 0 && Math.max(ru, ua) < 2) {
                attacker = "RU".equals(target) ? "UA" : "RU";
                attackerConfidence = 0.6;
            } else {
                target = "RU".equals(attacker) ? "UA" : "RU";
                targetConfidence = 0.55;
                targetEvidence = attackerEvidence;
            }
        }
        if (attacker == null && target != null) {
            attacker = "UA".equals(target) ? "RU" : "UA";
            attackerEvidence = targetEvidence;
            attackerConfidence = 0.6;
        }
        if (target == null && attacker != null) {
            target = "RU".equals(attacker) ? "UA" : "RU";
            targetEvidence = attackerEvidence;
            targetConfidence = 0.6;
        }
        facts.attacker = Extracted.of(attacker, attackerEvidence, attackerConfidence);
        facts.target = Extracted.of(target, targetEvidence, targetConfidence);
    }

    static final Pattern REGIONS_AFTER = Pattern.compile("^(?:\\s*,\\s*(?:the\\s+)?[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?)*"
            + "(?:\\s*,?\\s+and\\s+(?:the\\s+)?[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?)?\\s+(?:regions|oblasts|provinces)\\b");

    /** "the Lviv and Ivano-Frankivsk regions": each city of the list stands for its oblast. */
    static Place regionOfList(String sentence, Gazetteer.Hit hit) {
        if (hit.place().wholeRegion() || !REGIONS_AFTER.matcher(sentence.substring(hit.end())).find()) {
            return hit.place();
        }
        return GAZETTEER.byName(hit.place().name() + " Oblast")
                .or(() -> GAZETTEER.byName(hit.place().region()))
                .filter(Place::wholeRegion).orElse(hit.place());
    }

    static boolean isLaunchSite(String sentence, Gazetteer.Hit hit) {
        String before = sentence.substring(Math.max(0, hit.start() - 40), hit.start());
        return before.matches("(?is).*\\b(?:from|launched\\s+from|fired\\s+from|from\\s+the\\s+direction\\s+of"
                + "|from\\s+occupied|from\\s+(?:the\\s+)?(?:russian|russia's))\\s+(?:the\\s+)?(?:occupied\\s+)?"
                + "(?:russian\\s+)?$");
    }

    static boolean isAttribution(String sentence, Gazetteer.Hit hit) {
        String after = sentence.substring(hit.end(), Math.min(sentence.length(), hit.end() + 60));
        return after.matches("(?is)^(?:'s)?\\s+(?:regional\\s+|city\\s+|oblast\\s+)?(?:governor|mayor|military\\s+"
                + "administration|administration|head|officials|authorities|police)\\b.*")
                && !GOVERNOR.matcher(sentence.substring(0, hit.start())).find()
                && countPlacesAround(sentence, hit) > 1;
    }

    static int countPlacesAround(String sentence, Gazetteer.Hit hit) {
        return GAZETTEER.find(sentence).size();
    }

    @SuppressWarnings("unchecked")
    private static final Pattern LOCAL_OFFICIALS = Pattern.compile("(?i)\\b(?:the\\s+(?:city's\\s+|regional\\s+)?(?:mayor"
            + "|governor)|local\\s+(?:officials|authorities)|regional\\s+(?:officials|authorities|administration)"
            + "|authorities\\s+in)\\b");

    static Extracted<String>[] attribution(String sentence) {
        if (!SAYS.matcher(sentence).find()) {
            return null;
        }
        int bestStart = Integer.MAX_VALUE;
        String party = null;
        String name = null;
        for (Attribution a : ATTRIBUTIONS) {
            Matcher m = a.pattern().matcher(sentence);
            if (m.find() && m.start() < bestStart) {
                bestStart = m.start();
                party = a.party();
                name = a.name();
            }
        }
        // a governor or mayor of a known place
        Matcher g = Pattern.compile("(?i)\\b(?:(?<place>[A-Z][\\w-]+(?:\\s+(?:region|oblast))?)(?:'s)?\\s+"
                + "(?:regional\\s+|city\\s+|oblast\\s+)?(?<role1>governor|mayor|military\\s+administration)"
                + "|(?<role2>governor|mayor|head\\s+of\\s+the\\s+(?:regional\\s+)?(?:military\\s+)?administration)\\s+of"
                + "\\s+(?:the\\s+)?(?<place2>[A-Z][\\w-]+(?:\\s+(?:region|oblast))?))").matcher(sentence);
        while (g.find()) {
            String placeName = g.group("place") != null ? g.group("place") : g.group("place2");
            List<Gazetteer.Hit> hits = GAZETTEER.find(placeName);
            if (!hits.isEmpty() && g.start() < bestStart) {
                Place place = hits.get(0).place();
                String role = (g.group("role1") != null ? g.group("role1") : g.group("role2"))
                        .toLowerCase(Locale.ROOT).contains("mayor") ? "mayor" : "governor";
                bestStart = g.start();
                party = place.country();
                String area = place.wholeRegion() ? place.name() : role.equals("mayor") ? place.name() : place.region();
                name = (role.equals("mayor") ? "Mayor of " : "Governor of ") + area;
            }
        }
        if (party == null) {
            // "the air force said" in a report of a Russian attack on Ukraine
            Matcher af = Pattern.compile("(?i)\\b(?:the\\s+)?air\\s+force\\b").matcher(sentence);
            if (af.find() && (RU_ACTOR.matcher(sentence).find() || UA.matcher(sentence).find())) {
                party = "UA";
                name = "Ukrainian Air Force";
            }
        }
        if (party == null && LOCAL_OFFICIALS.matcher(sentence).find()) {
            // "said the mayor", "authorities in Ukraine's Sumy oblast reported": the officials of the place named
            List<Gazetteer.Hit> hits = GAZETTEER.find(sentence);
            if (!hits.isEmpty()) {
                party = hits.get(0).place().country();
                name = "Local authorities";
            }
        }
        if (party == null) {
            return null;
        }
        return new Extracted[] {Extracted.of(party, sentence, 0.8), Extracted.of(name, sentence, 0.8)};
    }

    // ---------------------------------------------------------------- parties and metonyms

    /** Whether a capital named here stands for its government ("Kyiv said", "talks between Moscow and Kyiv"). */
    static boolean isMetonym(String sentence, Gazetteer.Hit hit) {
        String name = hit.place().name();
        if (!name.equals("Kyiv") && !name.equals("Moscow")) {
            return false;
        }
        String after = sentence.substring(hit.end(), Math.min(sentence.length(), hit.end() + 60));
        String before = sentence.substring(Math.max(0, hit.start() - 12), hit.start());
        if (before.matches("(?is).*\\b(?:in|at|on|over|near|across|around|outside|into)\\s+(?:the\\s+)?$")) {
            // "an apartment block in Kyiv struck": where, not who
            return false;
        }
        if (METONYM_VERB.matcher(after).find() || before.matches("(?is).*\\b(?:accus\\w+|blam\\w+|urged|warned)\\s+$")) {
            // "Kyiv said", "accused Kyiv of": who, not where
            return true;
        }
        if (BETWEEN.matcher(before).find() && !before.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:from|to)\\s+$")) {
            // "between Moscow and Kyiv", "talks with Kyiv"; "drones flew to Kyiv" is a place
            String wider = sentence.substring(Math.max(0, hit.start() - 40), hit.start()).toLowerCase(Locale.ROOT);
            return wider.matches("(?s).*\\b(?:between|talks|negotiations|relations|dialogue|deal|agreement|ties"
                    + "|contacts?|channel|peace)\\b.*");
        }
        return false;
    }

    static List<String> parties(String text) {
        List<String> out = new ArrayList<>();
        if (UA.matcher(text).find()) {
            out.add("UA");
        }
        if (RU.matcher(text).find()) {
            out.add("RU");
        }
        if (US.matcher(text).find()) {
            out.add("US");
        }
        if (GB.matcher(text).find()) {
            out.add("GB");
        }
        if (FR.matcher(text).find()) {
            out.add("FR");
        }
        return out;
    }
}
