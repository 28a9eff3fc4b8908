package org.conflictledger.ingest.extract;

import static org.conflictledger.ingest.extract.Vocabulary.*;
import static org.conflictledger.ingest.extract.StrikeReader.*;
import static org.conflictledger.ingest.extract.StrikeFigures.*;
import static org.conflictledger.ingest.extract.StrikeSides.*;
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
 * Reads a cease-fire matter from its sentences: proposal, agreement, a party's response, a change of
 * status or an alleged violation; its scope; accuser and accused; the acting party and its position.
 */
final class CeasefireReader {

    private CeasefireReader() {
    }

    // ---------------------------------------------------------------- cease-fires

    static final class CeasefireFacts {
        Extracted<CeasefireMatter> matter;
        Extracted<String> scope;
        Extracted<String> accuser;
        Extracted<String> accused;
        Extracted<String> party;
        Extracted<String> position;
        Extracted<String> conditions;
        Extracted<String> status;
        List<Extracted<Place>> places = List.of();
    }

    // "violations of the fire suspension" (Donbas, 2022), "an evacuation corridor", "a corridor has been agreed
    // for the evacuation of civilians"
    static final Pattern CF_WORD = Pattern.compile("(?i)\\b(?:cease-?fires?|truces?|moratorium|armistice"
            + "|(?:humanitarian|evacuation)\\s+corridors?|corridors?\\b(?=[^.]{0,60}\\bevacuat)"
            + "|(?:fire|firing)\\s+suspension|suspension\\s+of\\s+(?:fire|firing|hostilities)|silence\\s+regime"
            // "a freezing of \u201chostilities\u201d" as well as "a halt to the fighting"
            + "|(?:halt|pause|stop|freez)\\w*\\s+(?:to\\s+|on\\s+|in\\s+|of\\s+)?(?:the\\s+)?[\"\u201c']?"
            + "(?:strikes|attacks|fighting|hostilities))\\b");
    static final Pattern CF_VIOLATION = Pattern.compile("(?i)\\b(?:violat\\w*|breach\\w*|broke|breaking|broken"
            + "|flout\\w*|undermin\\w*)\\b");
    static final Pattern CF_STATUS = Pattern.compile("(?i)\\b(?:came\\s+into\\s+(?:force|effect)|comes?\\s+into"
            + "\\s+(?:force|effect)|took\\s+effect|takes?\\s+effect|went\\s+into\\s+effect|expired?|expires|ended|ends"
            + "|collapsed?|collapses|suspend\\w*|resum\\w*|in\\s+force|lapsed?|extended|extends|began|begins|started"
            + "|holding|held)\\b");
    static final Pattern CF_AGREEMENT = Pattern.compile("(?i)\\b(?:agreed|agrees|agree|accepted|accepts|accept"
            + "|signed|backed|endorsed|deal|reached)\\b");
    static final Pattern CF_PROPOSAL = Pattern.compile("(?i)\\b(?:proposed|proposal|proposes|propose|called\\s+for"
            + "|calls\\s+for|offered|offers|declared|declares|announced|announces|urged|urges|suggested|demand\\w*"
            + "|push\\w*\\s+for|plan)\\b");
    static final Pattern ACCUSE = Pattern.compile("(?i)\\b(?<accuser>Russia|Moscow|the\\s+Kremlin|Kremlin"
            + "|Ukraine|Kyiv|Russian\\s+\\w+|Ukrainian\\s+\\w+|Zelensk\\w*|Putin)\\b[^.]{0,60}?\\baccus\\w+\\s+"
            + "(?<accused>Russia|Moscow|Ukraine|Kyiv|the\\s+Kremlin|Russian\\s+forces|Ukrainian\\s+forces|each\\s+other)");

    static CeasefireFacts ceasefireFacts(List<String> sentences) {
        CeasefireFacts facts = new CeasefireFacts();
        for (String s : sentences) {
            if (!CF_WORD.matcher(s).find()) {
                continue;
            }
            if (facts.matter == null) {
                CeasefireMatter matter = matterOf(s);
                if (matter != null) {
                    facts.matter = Extracted.of(matter, s, 0.75);
                    facts.party = Extracted.of(matter == CeasefireMatter.ALLEGED_VIOLATION ? null : subjectParty(s), s, 0.7);
                    if (matter == CeasefireMatter.RESPONSE) {
                        String position = CF_REJECT.matcher(s).find() ? "REJECTED"
                                : CF_CONDITIONS.matcher(s).find() ? "ACCEPTED_WITH_CONDITIONS" : "ACCEPTED";
                        facts.position = Extracted.of(position, s, 0.7);
                        if (position.equals("ACCEPTED_WITH_CONDITIONS")) {
                            Matcher c = CF_CONDITIONS.matcher(s);
                            facts.conditions = c.find() ? Extracted.of(s.substring(c.start()).strip(), s, 0.6) : null;
                        }
                    } else if (matter == CeasefireMatter.STATUS_CHANGE) {
                        facts.status = Extracted.of(statusOf(s), s, 0.65);
                    } else if (matter == CeasefireMatter.PROPOSAL) {
                        facts.position = Extracted.of("PROPOSER", s, 0.7);
                    }
                }
            }
            if (facts.scope == null) {
                String lower = s.toLowerCase(Locale.ROOT);
                String scope = lower.matches("(?s).*\\b(?:energy|power\\s+(?:plants|grid|infrastructure)|refiner).*")
                        ? "ENERGY_INFRASTRUCTURE"
                        : lower.matches("(?s).*\\b(?:black\\s+sea|maritime|shipping|naval|sea\\s+(?:truce|ceasefire)).*")
                        ? "MARITIME"
                        : lower.matches("(?s).*\\b(?:easter|christmas|victory\\s+day|holiday|new\\s+year|orthodox).*")
                        ? "HOLIDAY"
                        : lower.matches("(?s).*\\b(?:humanitarian\\s+corridors?|evacuat\\w+).*") ? "HUMANITARIAN_CORRIDOR"
                        : lower.matches("(?s).*\\b(?:local|around\\s+the\\s+plant|nuclear\\s+plant|zaporizhzhia\\s+nuclear).*")
                        ? "LOCAL"
                        : lower.matches("(?s).*\\b(?:full|complete|comprehensive|general|30-day|unconditional"
                        + "|total|all-out|nationwide|front-?line).*") ? "COMPREHENSIVE" : null;
                if (scope != null) {
                    facts.scope = Extracted.of(scope, s, 0.7);
                }
            }
        }
        for (String s : sentences) {
            Matcher m = ACCUSE.matcher(s);
            if (!m.find() && CF_VIOLATION.matcher(s).find()) {
                // "Russia's ministry said it downed 45 drones, and accused Kyiv of violating the truce"
                Matcher accused = ACCUSED_AFTER.matcher(s);
                String accuser = subjectParty(s);
                if (accused.find() && accuser != null && !accuser.equals(partyOf(accused.group(1)))) {
                    facts.accuser = Extracted.of(accuser, s, 0.65);
                    facts.accused = Extracted.of(partyOf(accused.group(1)), s, 0.7);
                    break;
                }
                continue;
            }
            m.reset();
            if (m.find() && (CF_VIOLATION.matcher(s).find() || CF_WORD.matcher(s).find())) {
                String accuser = partyOf(m.group("accuser"));
                String accused = partyOf(m.group("accused"));
                if (m.group("accused").toLowerCase(Locale.ROOT).equals("each other")) {
                    accused = null;
                }
                facts.accuser = Extracted.of(accuser, s, 0.75);
                facts.accused = Extracted.of(accused != null ? accused
                        : "UA".equals(accuser) ? "RU" : "RU".equals(accuser) ? "UA" : null, s, 0.7);
                break;
            }
        }
        facts.places = placesOf(facts, sentences);
        return facts;
    }

    /**
     * Where a cease-fire matter happens, when it has a where: a breach, a corridor or a local truce ("a
     * corridor for the evacuation of civilians from Mariupol"), from its cease-fire sentences; capitals that
     * stand for governments and the places of speakers are left out. A general truce has none.
     */
    private static List<Extracted<Place>> placesOf(CeasefireFacts facts, List<String> sentences) {
        boolean located = facts.matter != null && facts.matter.value() == CeasefireMatter.ALLEGED_VIOLATION
                || facts.scope != null && List.of("HUMANITARIAN_CORRIDOR", "LOCAL").contains(facts.scope.value());
        if (!located) {
            return List.of();
        }
        List<Extracted<Place>> places = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String s : sentences) {
            if (!CF_WORD.matcher(s).find()) {
                continue;
            }
            for (Gazetteer.Hit hit : Gazetteer.get().find(s)) {
                if (!isMetonym(s, hit) && !isAttribution(s, hit) && seen.add(hit.place().name())) {
                    places.add(Extracted.of(hit.place(), s, 0.6));
                }
            }
        }
        return places;
    }

    /** Others' answer told in a relative clause after a proposal: ", which both sides rejected". */
    private static final Pattern RELATIVE_RESPONSE = Pattern.compile("(?i)\\b(?:which|that)\\s+(?:[\\w'\u2019-]+\\s+){0,5}?"
            + "(?:rejected|dismissed|refused|rebuffed|accepted|welcomed|backed|endorsed|turned\\s+down)\\b");
    static final Pattern CF_REJECT = Pattern.compile("(?i)\\b(?:rejected|rejects|reject|refused|refuses|dismissed|dismisses"
            + "|turned\\s+down|ruled\\s+out|rebuffed)\\b");
    static final Pattern CF_CONDITIONS = Pattern.compile("(?i)\\b(?:in\\s+principle|with\\s+conditions|conditions?\\s+(?:that|of|attached)"
            + "|on\\s+condition|provided\\s+(?:that)?|as\\s+long\\s+as|only\\s+if|but\\s+(?:demanded|insisted|wants))\\b");
    static final Pattern CF_RESPONSE = Pattern.compile("(?i)\\b(?:accepted|accepts|accept|backed|backs|supports|supported"
            + "|welcomed|welcomes|endorsed|endorses|agreed\\s+in\\s+principle|agrees\\s+in\\s+principle|responded|signalled"
            + "|signaled)\\b");
    static final Pattern CF_BOTH = Pattern.compile("(?i)\\b(?:both\\s+sides|the\\s+two\\s+sides|(?:Russia|Moscow)\\s+and"
            + "\\s+(?:Ukraine|Kyiv)|(?:Ukraine|Kyiv)\\s+and\\s+(?:Russia|Moscow)|deal|reached|signed|brokered)\\b");
    static final Pattern SUBJECT_PARTY = Pattern.compile("\\b(?:Russia|Russian|Moscow|Kremlin|Putin|Ukraine|Ukrainian"
            + "|Kyiv|Zelensk\\w*|United\\s+States|U\\.S\\.|US|Washington|White\\s+House|Trump|Biden|Belarus\\w*|Lukashenko"
            + "|Turk\\w+|Erdogan|Britain|British|France|French|Macron|EU|European\\s+Union|UN|United\\s+Nations)\\b");

    /** What a sentence naming a cease-fire says about it; null when it says nothing of the five. */
    static CeasefireMatter matterOf(String s) {
        if (CF_VIOLATION.matcher(s).find()) {
            return CeasefireMatter.ALLEGED_VIOLATION;
        }
        Matcher proposal = CF_PROPOSAL.matcher(s);
        if (proposal.find() && RELATIVE_RESPONSE.matcher(s).find(proposal.end())) {
            // "X called for a freeze, which both sides rejected": the sentence's subject proposed it
            return CeasefireMatter.PROPOSAL;
        }
        if (CF_REJECT.matcher(s).find() || CF_RESPONSE.matcher(s).find() && !CF_BOTH.matcher(s).find()) {
            return CeasefireMatter.RESPONSE;
        }
        if (CF_STATUS.matcher(s).find()) {
            return CeasefireMatter.STATUS_CHANGE;
        }
        if (CF_AGREEMENT.matcher(s).find()) {
            return CeasefireMatter.AGREEMENT;
        }
        return CF_PROPOSAL.matcher(s).find() ? CeasefireMatter.PROPOSAL : null;
    }

    /** The status a cease-fire moved to, by the words of the sentence. */
    static String statusOf(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.matches("(?s).*\\b(?:expired?|expires|lapsed?|ended|ends)\\b.*")) {
            return "EXPIRED";
        }
        if (lower.matches("(?s).*\\bcollaps\\w*.*")) {
            return "COLLAPSED";
        }
        if (lower.matches("(?s).*\\bsuspend\\w*.*")) {
            return "SUSPENDED";
        }
        return "IN_FORCE";
    }

    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording\\s+to\\b");
    private static final Pattern COUNTERPART_BEFORE = Pattern.compile("(?i)\\bwith\\s+(?:the\\s+)?$");

    /**
     * The party a sentence is told by or about: the one it is "according to" (within a few words), else the
     * first one named that is not a counterpart ("agreed on with Russia ... according to the Ukrainian Deputy
     * Prime Minister": UA), else the first one named.
     */
    static String subjectParty(String s) {
        Matcher according = ACCORDING_TO.matcher(s);
        if (according.find()) {
            Matcher speaker = SUBJECT_PARTY.matcher(s).region(according.end(), Math.min(s.length(), according.end() + 60));
            if (speaker.find()) {
                return partyOf(speaker.group());
            }
        }
        Matcher m = SUBJECT_PARTY.matcher(s);
        String first = null;
        while (m.find()) {
            if (!COUNTERPART_BEFORE.matcher(s.substring(Math.max(0, m.start() - 10), m.start())).find()) {
                return partyOf(m.group());
            }
            first = first == null ? partyOf(m.group()) : first;
        }
        return first;
    }

    static final Pattern ACCUSED_AFTER = Pattern.compile("(?i)\\baccus\\w+\\s+(Russia|Moscow|Ukraine|Kyiv"
            + "|the\\s+Kremlin|Russian\\s+forces|Ukrainian\\s+forces)\\b");

    static String partyOf(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("russia") || w.contains("moscow") || w.contains("kremlin") || w.contains("putin")) {
            return "RU";
        }
        if (w.contains("ukrain") || w.contains("kyiv") || w.contains("zelensk")) {
            return "UA";
        }
        if (w.equals("us") || w.startsWith("u.s") || w.contains("united states") || w.contains("washington")
                || w.contains("white house") || w.contains("trump") || w.contains("biden")) {
            return "US";
        }
        if (w.startsWith("belarus") || w.contains("lukashenko")) {
            return "BY";
        }
        if (w.startsWith("turk") || w.contains("erdogan")) {
            return "TR";
        }
        if (w.contains("brit")) {
            return "GB";
        }
        if (w.contains("fran") || w.contains("french") || w.contains("macron")) {
            return "FR";
        }
        if (w.equals("eu") || w.contains("european union")) {
            return "EU";
        }
        if (w.equals("un") || w.contains("united nations")) {
            return "UN";
        }
        return null;
    }
}
