package org.conflictledger.ingest.extract;

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
 * Reads an article with rules (no model, no outside service): whether it reports a strike, a
 * cease-fire matter or a negotiation event, and the facts it states, each with its sentence and a
 * confidence. Stateless and thread-safe; the evaluation runs it without Spring.
 */
@Component
public class Extractor {

    /** Sentences read for facts: the title and the start of the text, where wire reports put them. */
    private static final int MAX_SENTENCES = 40;

    /** Sentences read for events: a whole article, up to about 3,000 words. */
    private static final int MAX_EVENT_SENTENCES = 150;

    private final Gazetteer gazetteer = Gazetteer.get();
    private final People people = People.get();
    private final RelevanceJudge judge;
    private final EventSegmenter segmenter = new EventSegmenter(this);

    /** The rules decide relevance and the headline kind. */
    public Extractor() {
        this(new RuleRelevance());
    }

    /** {@code judge} decides relevance and the headline kind; the rules read the events and their facts. */
    public Extractor(RelevanceJudge judge) {
        this.judge = judge;
    }

    // ---------------------------------------------------------------- the pipeline

    /**
     * Reads an article in order: its language (only English is read further), sentences, relevance and
     * headline kind (the {@link RelevanceJudge}), then its events ({@link EventSegmenter}), then the facts of
     * each event from its own sentences. A relevant article has at least one event: when the events stage
     * finds none of the headline kind, the reading of the whole article stands for it.
     */
    public ArticleReading read(ArticleText article) {
        String title = article.title() == null ? "" : article.title().strip();
        String body = article.text() == null ? "" : article.text().strip();
        String language = Languages.detect(title + "\n" + body);
        if (!"en".equals(language)) {
            return new ArticleReading(language, false, null, 0, null, List.of());
        }
        Instant published = article.published() == null ? Instant.EPOCH : article.published();
        // relevance and the headline kind are judged on the title and the lead, as a feed item reads
        Extraction whole = extract(lead(article));
        RelevanceJudge.Judgement judgement = judge.judge(article, whole);
        if (!judgement.relevant() || judgement.headlineKind() == null) {
            return new ArticleReading(language, false, null, judgement.confidence(), judgement.evidence(), List.of());
        }
        EventKind headlineKind = judgement.headlineKind();
        List<String> sentences = new ArrayList<>();
        if (!title.isEmpty()) {
            sentences.addAll(Sentences.split(title));
        }
        int titleCount = sentences.size();
        for (String sentence : Sentences.split(body)) {
            if (sentences.size() >= MAX_EVENT_SENTENCES) {
                break;
            }
            if (title.isEmpty() || !sentence.equalsIgnoreCase(title)) {
                sentences.add(sentence);
            }
        }
        List<EventSegmenter.Segment> segments = segmenter.segment(sentences, published);
        Extraction headline = whole.withKind(true, headlineKind, judgement.confidence());
        List<Extraction> events = new ArrayList<>();
        List<EventSegmenter.Segment> kept = new ArrayList<>();
        boolean shortText = sentences.size() - titleCount <= LEAD_SENTENCES;
        if (shortText && segments.size() == 1 && segments.get(0).kind == headlineKind && !segments.get(0).background) {
            // one event told: the whole text is about it (the reading the evaluation's single-event sets score)
            events.add(datedOwnWay(headline, sentences, segments.get(0), published));
            kept.add(segments.get(0));
        } else {
            for (EventSegmenter.Segment segment : segments) {
                List<String> own = segment.sentences.stream().map(sentences::get).toList();
                int ownTitle = (int) segment.sentences.stream().filter(i -> i < titleCount).count();
                Extraction event = readEvent(segment.kind, own, ownTitle, published, judgement.confidence(),
                        segment.background);
                if (segment.kind == EventKind.STRIKE && isEmptyStrike(event)) {
                    continue;
                }
                events.add(event);
                kept.add(segment);
            }
            if (kept.stream().noneMatch(k -> k.kind == headlineKind && !k.background)) {
                events.add(0, headline);
                kept.add(0, null);
            }
        }
        List<Extraction> indexed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Extraction e = events.get(i);
            Integer related = relatedStrike(e, kept.get(i), kept, events);
            if (related != null && (e.date() == null || !e.date().value().stated())
                    && events.get(related).date() != null && events.get(related).date().value().stated()) {
                // a violation is dated by the day of the breach: the strike it names
                e = e.withDate(events.get(related).date());
            }
            indexed.add(e.asEvent(i, e.background(), related));
        }
        return new ArticleReading(language, true, headlineKind, judgement.confidence(), judgement.evidence(), indexed);
    }

    /** Body sentences that make an article's lead: what a feed item's summary holds. */
    static final int LEAD_SENTENCES = 8;

    private static ArticleText lead(ArticleText article) {
        List<String> body = Sentences.split(article.text() == null ? "" : article.text());
        if (body.size() <= LEAD_SENTENCES + 1) {
            return article;
        }
        return new ArticleText(article.title(), String.join(" ", body.subList(0, LEAD_SENTENCES + 1)),
                article.published());
    }

    private static Extraction datedOwnWay(Extraction headline, List<String> sentences, EventSegmenter.Segment segment,
            Instant published) {
        if (headline.kind() == EventKind.STRIKE) {
            return headline;
        }
        List<String> own = segment.sentences.stream().map(sentences::get).toList();
        return headline.withDate(EventDates.of(headline.kind(), own, published));
    }

    private static boolean isEmptyStrike(Extraction e) {
        return e.attacker() == null && e.target() == null && e.places().isEmpty() && e.weapon() == null
                && e.launched() == null && e.killed() == null && e.wounded() == null;
    }

    /**
     * The strike an alleged violation names: one told in the same sentence, otherwise the latest strike
     * before it by the party accused.
     */
    private static Integer relatedStrike(Extraction e, EventSegmenter.Segment own, List<EventSegmenter.Segment> kept,
            List<Extraction> events) {
        if (e.kind() != EventKind.CEASEFIRE || e.ceasefireMatter() == null
                || e.ceasefireMatter().value() != CeasefireMatter.ALLEGED_VIOLATION || own == null) {
            return null;
        }
        for (int i = 0; i < kept.size(); i++) {
            EventSegmenter.Segment other = kept.get(i);
            if (other != null && other.kind == EventKind.STRIKE && !other.background
                    && other.sentences.stream().anyMatch(own.sentences::contains)) {
                return i;
            }
        }
        String accused = e.accused() == null ? null : e.accused().value();
        Integer best = null;
        for (int i = 0; i < kept.size(); i++) {
            EventSegmenter.Segment other = kept.get(i);
            if (other != null && other.kind == EventKind.STRIKE && !other.background
                    && other.sentences.get(0) < own.sentences.get(0) && events.get(i).attacker() != null
                    && events.get(i).attacker().value().equals(accused)) {
                best = i;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- vocabulary

    static final Pattern UA = Pattern.compile("\\b(?:Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|Zelensk(?:y|yy|iy)"
            + "|Bankova)\\b(?![- ](?:made|built|born|speaking|language|flagged))");
    static final Pattern RU = Pattern.compile("\\b(?:Russia|Russian|Russians|Moscow|Kremlin|Putin)\\b"
            + "(?![- ](?:made|built|born|speaking|language|flagged|backed))");
    private static final Pattern US = Pattern.compile("\\b(?:United States|U\\.S\\.|US|USA|American|Americans"
            + "|Washington|White House|Trump|Biden|Witkoff|Rubio)\\b");
    private static final Pattern GB = Pattern.compile("\\b(?:Britain|British|UK|U\\.K\\.|United Kingdom|London"
            + "|Downing Street|Starmer)\\b");
    private static final Pattern FR = Pattern.compile("\\b(?:France|French|Paris|Elysee|Élysée|Macron)\\b");
    /** Regions of the war that are no single oblast of the gazetteer. */
    private static final Pattern WAR_REGION = Pattern.compile("\\b(?:Donbas|Donbass|Azovstal|Black\\s+Sea\\s+Fleet)\\b");
    private static final Pattern FOREIGN_WAR = Pattern.compile("(?i)\\b(?:Gaza|Israel|Israeli|Israelis|Hamas"
            + "|Hezbollah|Houthis?|Yemen|Yemeni|Sudan|Sudanese|Syria|Syrian|Iran|Iranian|Lebanon|Lebanese|Myanmar"
            + "|Somalia|Taliban|Tigray|Kashmir|Congo|Nagorno|Armenia|Azerbaijan|Libya|Haiti|West Bank|Tehran"
            + "|Pakistan|Pakistani|Indian army|North Korea|North Korean|N\\. Korea|Pyongyang|Taiwan|Taiwanese)\\b");
    /** Features, explainers and opinion: about the war, but no report of an event. */
    private static final Pattern FEATURE = Pattern.compile("(?i)^(?:analysis|opinion|explainer|the papers"
            + "|in pictures|in photos|live|podcast)\\s*:|\\b(?:CNN's|BBC's)\\s+[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*){0,2}\\s+"
            + "(?:reports|speaks|talks|looks|visits|shows|explains|goes|travels|gets|hears|takes\\s+a\\s+look|breaks\\s+down"
            + "|details|returns|meets|follows|accompanies)\\b|\\bspeaks\\s+(?:to|with)"
            + "\\s+CNN\\b|\\bfirst\\s+look\\b|\\byour\\s+guide\\b|\\bround-up\\b|\\btimeline\\b|\\bkey\\s+moments\\b"
            + "|\\bwhat\\s+(?:we|you)\\s+(?:know|need\\s+to\\s+know)\\b|\\bwhat\\s+do\\s+we\\s+know\\b|\\b(?:CNN|BBC)\\s+(?:crew|team|reporters?|correspondents?)\\b"
            + "|\\b(?:his|her|their)\\s+(?:team|crew)\\s+(?:were|was)\\b|\\b(?:share|shares|sharing)\\s+(?:their|his|her)\\s+stor"
            + "|\\brecount(?:s|ed)?\\b|\\bbefore\\s+and\\s+after\\b"
            + "|\\b(?:CNN|the\\s+BBC|BBC)\\s+(?:spoke|speaks|talked|talks)\\s+(?:to|with)\\b|\\b(?:CNN|BBC)\\s+(?:witnessed|saw"
            + "|found|visited)\\b|\\?\\s*$|\\b(?:describes|recalls|remembers)\\b|\\b(?:ISW|Institute\\s+for\\s+the\\s+Study\\s+of\\s+War|intelligence\\s+update"
            + "|campaign\\s+assessment)\\b");

    /** An interview or a comment: the item reports what someone says about the war, not an event. */
    private static final Pattern WRAPPER = Pattern.compile("(?i)^(?:the\\s+papers|newspaper\\s+headlines|papers"
            + "|front\\s+pages)\\s*:|\\b(?:round-up|your\\s+guide\\s+to)\\b|\\b(?:[A-Z]\\w+s|people|residents|families"
            + "|survivors|witnesses|they)\\s+tell\\s+(?:CNN|the\\s+BBC)\\b");
    private static final Pattern INTERVIEW = Pattern.compile("(?i)\\b(?:speaks|speaking|talks|spoke)\\s+(?:to|with)"
            + "\\s+(?:CNN|the\\s+BBC|BBC)\\b|\\b(?:CNN|BBC)(?:'s)?\\s+[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)?\\s+(?:speaks|talks)"
            + "\\s+(?:to|with)\\b|\\b(?:joins|joined)\\s+(?:CNN|New\\s+Day|"
            + "[A-Z][\\w]+\\s+(?:Tonight|Today))\\b|\\bresponds\\s+to\\b|\\breacts\\s+to\\b|^[^:]{3,60}\\s+on\\s+[^:]{3,80}:"
            + "\\s*['\"‘“]|\\b(?:an?\\s+)?(?:exclusive\\s+)?interview\\s+(?:with|on)\\b|\\b(?:hear|see|watch)\\s+what\\s+"
            + "(?:\\S+\\s+){1,3}?(?:said|says|told)\\b|\\bwhen\\s+asked\\s+(?:about|whether|if)\\b"
            // a profile: "The nurse who lost her home", "The Russian woman rescued from a bomb site"
            + "|(?:^|:\\s{1,3})(?:The\\s+(?:[\\w'-]+\\s+){1,4}(?:who|whose|rescued|living|saving"
            + "|helping|fighting|trying|keeping)|(?:[\\w'-]+\\s+){1,4}(?:who|whose))\\s|\\bcatch(?:es)?\\s+up\\s+with\\b|\\bspeaks?\\s+out\\b");
    /** A building or a place said to be struck: the attack is stated even without a weapon word. */
    static final Pattern STRUCK_OBJECT = Pattern.compile("(?i)\\b(?:building|block|tower|hospital|school"
            + "|theat(?:re|er)|station|depot|plant|mall|bridge|port|airport|air\\s?base|base|university|home|house"
            + "|apartment|shelter|market|church|factory|refinery|warehouse|city|town|village)s?\\b[^.;]{0,60}?\\b(?:was|were"
            + "|has\\s+been|have\\s+been|had\\s+been)?\\s*(?:struck|bombed|shelled|hit\\s+by|hit\\s+(?:on|and|in|near|overnight"
            + "|early|late|last|this|yesterday)|hit(?=\\s*(?:[.,;:!]|$))|is\\s+hit|are\\s+hit)(?:\\b|(?=[.,;:!]|$))");
    /** Words of an attack at a distance besides the weapon names. */
    static final Pattern DISTANCE_ATTACK = Pattern.compile("(?i)\\b(?:targeted\\s+(?:\\S+\\s+){0,2}?(?:homes"
            + "|houses|buildings|city|cities|towns?|villages?|infrastructure|civilians|residential|ports?|plants?|stations?"
            + "|depots?|bridges?|airports?|bases?)|strikes?|struck|striking|shell(?:s|ing|ed)"
            + "|bomb(?:s|ed|ing|ings)?|bombard\\w*|air\\s*strikes?|airstrikes?|air\\s+raids?|explosions?|blasts?"
            + "|barrage|artillery|rockets?|helicopters?|warplanes?|jets|aircraft)\\b");
    /** A strike that may come, is threatened or feared: not one that happened. */
    static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:would|could|might|if|threat|threats"
            + "|threaten(?:s|ed|ing)?|fears?\\s+(?:of|that)|at\\s+risk|prepar(?:e|es|ed|ing)\\s+(?:for|to)|potential(?:ly)?"
            + "|possible|possibly|perhaps|maybe|can\\s+be|legitimate|acceptable|(?:ready|readies|readying|brac(?:e|es|ed|ing))\\s+(?:\\w+\\s+)?for|when\\s+the\\s+(?:shelling|bombing|war|fighting)\\s+(?:stops|ends|is\\s+over))\\b|\\bwill\\s+(?:\\w+\\s+){0,2}?(?:strike|attack|hit|launch|target)\\b");
    /** Blasts from sabotage, an accident or a car bomb: not an attack at a distance. */
    static final Pattern NOT_FROM_AFAR = Pattern.compile("(?i)\\b(?:sabotage|saboteurs?|accident(?:al|ally)?"
            + "|negligence|partisans?|(?:reasons?|causes?)\\s+(?:of|for)\\s+(?:the\\s+)?(?:explosions?|blasts?|fire)\\s+(?:is|are"
            + "|was|were|remains?)\\s+(?:still\\s+)?(?:unknown|unclear|not\\s+known)|collision|collided|mid-?air|crash(?:ed|es)?\\s+(?:in|near|on\\s+landing)|car\\s+bomb(?:ing)?|landmines?|mines?\\s+(?:blast|explosion)|booby|detonat\\w+\\s+by\\s+(?:mistake"
            + "|accident))\\b");
    /** Weapons sent, made or sold: deliveries, not strikes. */
    static final Pattern DELIVERY = Pattern.compile("(?i)\\b(?:suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing|y|ies)?"
            + "|provid(?:e|es|ed|ing)|(?:aid|weapons|arms|military|security)\\s+packages?|military\\s+aid|donat\\w+"
            + "|(?:weapons?|arms|missiles?|drones?)\\s+production|exports?\\s+of|export\\s+(?:controls|restrictions)"
            + "|purchas\\w+|procure\\w*|import(?:s|ed|ing)?)\\b|\\b(?:sent|send|sends|sending|provided|supplied)\\s+"
            + "(?:\\S+\\s+){0,4}?(?:missiles?|drones?|weapons|rockets?|systems?|munitions|shells)\\s+(?:for|to)\\s+(?:Ukrain\\w+"
            + "|Kyiv|Russia\\w*)|\\b(?:sent|send|sends|sending)\\b[^.;]{0,80}?\\bto\\s+(?:Ukraine"
            + "|Kyiv|Russia|Moscow)\\b(?!\\s+(?:overnight|on|in|at|with))");
    /** A habit or a tally, not an occasion: "months of shelling", "under constant attack", "so far". */
    static final Pattern HABITUAL = Pattern.compile("(?i)\\b(?:(?:days|weeks|months|years)\\s+of|constant(?:ly)?"
            + "|relentless(?:ly)?|daily|nightly|every\\s+(?:day|night)|so\\s+far|since\\s+the\\s+(?:start|beginning|war"
            + "|invasion)|has\\s+been\\s+(?:shelling|bombing|attacking|striking)|keeps?\\s+\\w+ing|ramp(?:s|ed|ing)?\\s+up"
            + "|step(?:s|ped|ping)?\\s+up|being\\s+(?:shelled|bombed|attacked|struck|hit|pounded)|are\\s+used\\s+to"
            + "|(?:bombed|shelled|besieged|war-torn|ravaged)(?:-out)?\\s+(?:cities|towns|areas|villages|regions|streets)"
            + "|under\\s+(?:\\S+\\s+){0,2}?(?:bombardment|shelling|fire|attack|siege)|(?:was|were)\\s+involved\\s+in"
            + "|took\\s+part\\s+in|participated\\s+in|responsible\\s+for)\\b");

    private static final Map<Pattern, Double> STRIKE_TERMS = terms(Map.ofEntries(
            Map.entry("attack(?:s|ed|ing)?", 1.0), Map.entry("strikes?|struck", 1.0),
            Map.entry("drones?|uavs?", 1.5), Map.entry("missiles?", 1.5), Map.entry("shaheds?", 2.0),
            Map.entry("shot down|downed|intercepted", 2.0), Map.entry("air defen[cs]es?", 1.5),
            Map.entry("shell(?:ing|ed|s)", 1.5), Map.entry("explosions?|blasts?", 1.0), Map.entry("air raid", 1.5),
            Map.entry("glide bombs?|guided bombs?|aerial bombs?", 2.0),
            Map.entry("artillery|rockets?|cluster (?:munitions|bombs)", 1.5),
            Map.entry("(?:massive|powerful|loud|huge|large|series of) (?:explosions?|blasts?)", 1.5),
            Map.entry("ablaze|on fire|in flames", 1.0), Map.entry("bomb(?:ed|ing|ings|s)?", 1.5),
            Map.entry("bombard(?:s|ed|ing|ment)?", 1.5), Map.entry("air ?strikes?|airstrikes?", 1.5),
            Map.entry("(?:pre-dawn|dawn|overnight|night-time|morning|evening) (?:attacks?|strikes?|raids?|barrage|assault)",
                    1.5),
            Map.entry("killed|killing|dead|death toll", 1.0), Map.entry("injured|wounded|injuring|wounding", 1.0),
            Map.entry("barrage", 1.5), Map.entry("ballistic", 1.5), Map.entry("cruise", 1.0),
            Map.entry("launched", 1.0), Map.entry("damaged|destroyed", 0.5), Map.entry("pounded|hit", 0.5),
            Map.entry("jamming|electronic warfare", 1.5), Map.entry("rubble|debris|fire broke out", 1.0),
            Map.entry("energy (?:infrastructure|facilities)|power (?:plant|station|grid)|substation", 0.5)));
    private static final Map<Pattern, Double> CEASEFIRE_TERMS = terms(Map.ofEntries(
            Map.entry("cease-?fires?", 3.0), Map.entry("truces?", 3.0), Map.entry("moratorium", 3.0),
            Map.entry("armistice", 3.0),
            Map.entry("(?:halt|pause|stop|freeze)(?:s|ped|ping)? (?:to |on |in )?(?:the )?(?:strikes|attacks|fighting|hostilities)", 3.0),
            Map.entry("humanitarian corridors?", 3.0),
            Map.entry("(?:cessation|suspension) of (?:fire|hostilities)|fire suspension|corridor has been agreed"
                    + "|corridors? (?:was|were|has been|have been) agreed", 3.0), Map.entry("stop(?:ped)? firing", 2.0),
            Map.entry("safe passage|green corridors?|evacuation (?:of civilians|corridors?|convoys?|routes?|buses)"
                    + "|(?:evacuat(?:e|ed|ing)|rescu(?:e|ed|ing)) (?:the )?civilians|civilians (?:were |are )?(?:being )?evacuated", 3.0),
            Map.entry("(?:buses|convoys?) (?:\\w+ ){0,5}?(?:to (?:rescue|evacuate|collect)|for evacuation)", 2.0),
            Map.entry("evacuation", 1.0),
            Map.entry("violat(?:ed|ing|ion|ions)|breach(?:ed|es)?", 1.0),
            Map.entry("(?:agree[sd]?|accept(?:s|ed)?|declare[sd]?|announce[sd]?|reject(?:s|ed)?|propose[sd]?|back(?:s|ed)?)"
                    + "\\s+(?:to\\s+)?(?:an?\\s+|the\\s+)?(?:\\S+\\s+){0,3}?(?:cease-?fire|truce|halt|moratorium)", 2.0)));
    private static final Map<Pattern, Double> NEGOTIATION_TERMS = terms(Map.ofEntries(
            Map.entry("talks", 2.0), Map.entry("negotiat(?:ions?|ors?|ed|ing|e)", 2.0),
            Map.entry("peace (?:deal|plan|agreement|process|summit|proposal|framework|memorandum|settlement)", 2.0),
            Map.entry("met|meeting|meets|meet|visit|visits|visited", 1.5),
            Map.entry("(?:met|meets|meeting|talks|talked|spoke) with (?:the )?(?:\\S+ ){0,2}?(?:president|prime minister"
                    + "|chancellor|foreign minister|counterpart|leader|secretary|envoy|delegation)", 2.5),
            Map.entry("(?:hold|holds|held|holding) talks", 2.0),
            Map.entry("(?:travel(?:l)?ed|trip|visits?|visited|arrived) (?:\\w+ ){0,3}?(?:to|in) (?:kyiv|kiev|moscow"
                    + "|the (?:ukrainian|russian) capital)", 2.0), Map.entry("phone call|spoke by (?:tele)?phone|telephone"
                    + " (?:call|conversation)|call with", 3.0),
            Map.entry("summit", 2.0), Map.entry("envoy", 1.5), Map.entry("delegations?", 2.0),
            Map.entry("diplomat(?:s|ic)?", 1.0), Map.entry("mediat(?:e|ed|ion|or|ors)", 2.0),
            Map.entry("(?:willing|ready|offer(?:s|ed)?) to (?:mediate|negotiate|talk|meet|hold talks)", 2.0),
            Map.entry("(?:responses?|replies|reply|answers?) (?:\\S+ ){0,6}?to (?:\\S+ ){0,3}?(?:security )?(?:demands|proposals|concerns"
                    + "|guarantees)", 3.0), Map.entry("security (?:concerns|demands|proposals)", 1.0),
            Map.entry("(?:tells|told|urges|urged) (?:\\S+ ){0,3}?(?:putin|zelensky|zelenskyy|russia's president"
                    + "|ukraine's president|russian president|ukrainian president)", 2.0),
            Map.entry("grain (?:deal|exports?|corridor|agreement|initiative)", 1.5),
            Map.entry("(?:phone|telephone|video) (?:talks|conversation|chat)|(?:requested|held|had) (?:a |the )?call"
                    + "|offers? of talks|offered talks", 2.5),
            Map.entry("dialogue|contacts at all levels", 1.5),
            Map.entry("(?:proposals|documents|responses|letters?|replies) (?:\\S+ ){0,4}?sent to (?:russia|moscow|kyiv"
                    + "|ukraine|nato|the us|washington)", 2.0),
            Map.entry("(?:russia's|moscow's|kyiv's|ukraine's) (?:security )?(?:concerns|demands)", 1.5),
            Map.entry("(?:cessation|suspension) of (?:fire|hostilities)|fire suspension", 1.0),
            Map.entry("talk (?:directly )?(?:to|with) (?:\\S+ ){0,2}?(?:putin|zelensky|zelenskyy|moscow|kyiv|russia|ukraine)"
                    + "|(?:conditions|preconditions) (?:for|to) (?:\\S+ ){0,2}?(?:talks?|peace|negotiations?)", 2.0),
            Map.entry("memorandum", 1.5), Map.entry("prisoner (?:exchange|swap)s?", 1.5),
            Map.entry("(?:talk|talks|talked|speak|speaks|spoke|spoken|call|calls|called)\\s+by\\s+(?:tele)?phone", 3.0),
            Map.entry("agreement|accord|deal", 1.0), Map.entry("signed|signing", 1.0), Map.entry("peace", 1.0),
            Map.entry("security guarantees", 1.5), Map.entry("minerals deal", 2.0), Map.entry("sanctions", 0.5)));

    private enum Weapon { DRONE, CRUISE, BALLISTIC, MISSILE, BOMB, ARTILLERY }

    private static final Map<Weapon, Pattern> WEAPONS = new EnumMap<>(Map.of(
            Weapon.DRONE, Pattern.compile("(?i)\\b(?:(?:attack|strike|kamikaze|combat|long-range|Shahed-type|Shahed"
                    + "|Iranian-made|Iranian-designed|decoy)\\s+)?(?:drones?|UAVs?|unmanned aerial vehicles?"
                    + "|Shaheds?(?:-1[0-9]{2})?|Gerans?(?:-\\d)?|loitering munitions?|Lancets?)\\b"),
            Weapon.BALLISTIC, Pattern.compile("(?i)\\b(?:(?:Iskander(?:-[MK])?|KN-23|North Korean|hypersonic)\\s+)?"
                    + "ballistic\\s+missiles?|\\bIskander(?:-[MK])?s?\\b(?:\\s+missiles?)?|\\bKinzhals?\\b(?:\\s+missiles?)?"
                    + "|\\bKN-23s?\\b"),
            Weapon.CRUISE, Pattern.compile("(?i)\\b(?:(?:Kh-101|Kh-555|Kh-55|Kalibr|Kh-22|Kh-59|Kh-69|air-launched"
                    + "|sea-launched)\\s+)?cruise\\s+missiles?|\\b(?:Kh-101|Kh-555|Kh-55|Kh-22|Kh-32|Kh-59|Kh-69"
                    + "|Kalibr|Oniks|Onyx|Storm Shadow|Tomahawk|Neptune)s?\\b(?:\\s+missiles?)?"),
            Weapon.MISSILE, Pattern.compile("(?i)\\b(?:guided\\s+|anti-aircraft\\s+|S-300\\s+|S-400\\s+)?"
                    + "(?:missiles?|rockets?)\\b"),
            Weapon.BOMB, Pattern.compile("(?i)\\b(?:glide|guided|aerial|KAB|guided aerial)\\s+bombs?\\b|\\bKABs\\b"),
            Weapon.ARTILLERY, Pattern.compile("(?i)\\b(?:artillery|shelling|MLRS|Grad rockets?|mortars?)\\b")));
    private static final Pattern MODEL = Pattern.compile("(?i)\\b(Shahed(?:-1[0-9]{2})?|Geran(?:-\\d)?|Kh-101|Kh-555"
            + "|Kh-55|Kh-22|Kh-32|Kh-59|Kh-69|Kalibr|Iskander(?:-[MK])?|Kinzhal|KN-23|Oniks|Onyx|S-300|S-400|Lancet)s?\\b");
    private static final Pattern TOTAL = Pattern.compile("(?i)^\\s*(?:\\S+\\s+){0,2}?(?:aerial\\s+(?:targets|weapons"
            + "|attack\\s+(?:means|weapons|assets|vehicles))|air[- ]attack\\s+(?:means|weapons|assets|vehicles)"
            + "|means\\s+of\\s+(?:aerial|air)\\s+attack|(?:air|aerial)\\s+targets)\\b");
    private static final Pattern PRONOUN_COUNT = Pattern.compile("(?i)^\\s*(?:out\\s+)?of\\s+(?:them|these|those"
            + "|which|the\\s+(?:drones|missiles|uavs|shaheds|targets))\\b");
    private static final Pattern VERB_COUNT = Pattern.compile("(?i)^\\s*(?:more\\s+)?(?:were|was|had\\s+been|have\\s+been"
            + "|got|are)?\\s*(?:reportedly\\s+)?(?:shot\\s+down|downed|intercepted|destroyed|neutrali[sz]ed|lost|jammed"
            + "|suppressed|failed|did\\s+not|didn't|hit|struck|reached|redirected)\\b");
    private static final Pattern PEOPLE = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+){0,2}?(?:people|persons|person"
            + "|civilians?|residents|children|child|kids|men|women|man|woman|others|soldiers|servicemen|troops|workers"
            + "|firefighters|rescuers|medics|teenagers?|boys?|girls?|passengers|employees|police(?:\\s+officers)?"
            + "|officers|journalists|volunteers|miners|villagers|pensioners|infants?|babies|baby)\\b");
    private static final Pattern KILL = Pattern.compile("(?i)\\b(?:killed|killing|kills|kill|dead|died|death\\s+toll"
            + "|lost\\s+their\\s+lives|lives|fatalities|deaths|perished|fatally)\\b");
    private static final Pattern WOUND = Pattern.compile("(?i)\\b(?:wounded|wounding|injured|injuring|injuries|hurt"
            + "|injures|wounds|wounding)\\b");
    private static final Pattern CASUALTY_AFTER = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+){0,3}?(?:were\\s+|was\\s+"
            + "|have\\s+been\\s+|had\\s+been\\s+|are\\s+)?(?:reportedly\\s+|feared\\s+|confirmed\\s+|now\\s+)?"
            + "(?:killed|dead|died|injured|wounded|hurt)\\b");
    private static final Pattern CASUALTY_BEFORE = Pattern.compile("(?i)(?:killing|killed|kill|kills|injuring|injured"
            + "|wounding|wounded|injures|wounds|death\\s+toll(?:\\s+\\w+){0,3}?\\s+(?:to|at|reached)|claimed\\s+the\\s+lives"
            + "\\s+of|the\\s+lives\\s+of|left)\\s+(?:at\\s+least\\s+|more\\s+than\\s+|nearly\\s+|some\\s+|around\\s+"
            + "|about\\s+|over\\s+|almost\\s+)?$");

    private enum Role { LAUNCHED, INTERCEPTED, SUPPRESSED, HIT }

    private static final Pattern INTERCEPT_VERB = Pattern.compile("(?i)\\b(?:shot\\s+down|shoot\\s+down|shooting\\s+down"
            + "|downed|intercepted|intercepting|intercept|destroyed|neutrali[sz]ed|repelled|repulsed|taken\\s+out"
            + "|eliminated|shoots\\s+down|disabled|disabling)\\b");
    private static final Pattern SUPPRESS_VERB = Pattern.compile("(?i)\\b(?:lost\\s+(?:to|due\\s+to|because\\s+of)"
            + "\\s+(?:electronic|jamming|radio|ew|countermeasures|active)|locationally\\s+lost|location(?:ally)?\\s+lost"
            + "|lost\\s+(?:locally|from\\s+radar|on\\s+radar|in\\s+location)|lost\\b|jammed|jamming|suppressed"
            + "|electronic\\s+warfare|failed\\s+to\\s+reach|did\\s+not\\s+reach|didn't\\s+reach|redirected|diverted"
            + "|went\\s+off\\s+radar)\\b");
    private static final Pattern HIT_VERB = Pattern.compile("(?i)\\b(?:hit\\s+(?:their\\s+)?targets|reached\\s+(?:their\\s+)?"
            + "targets|struck\\s+(?:their\\s+)?targets|hits\\s+were\\s+recorded|impacts?\\s+(?:were\\s+)?recorded"
            + "|got\\s+through|(?:hit|struck)\\s+\\d+\\s+locations)\\b");
    private static final Pattern LAUNCH_VERB = Pattern.compile("(?i)\\b(?:launched|launching|launch|launches|fired"
            + "|firing|fires|attacked|attacking|sent|deployed|used(?!\\s+to\\b)|unleashed|targeted|struck|bombarded|pounded"
            + "|total\\s+of|involving|attack\\s+with|assault\\s+with|barrage\\s+of|wave\\s+of|swarm\\s+of)\\b");
    private static final Pattern IMPACT_VERB = Pattern.compile("(?i)\\b(?:slam(?:s|med|ming)?\\s+into|smash(?:ed|es)?"
            + "\\s+into|rain(?:s|ed|ing)?\\s+(?:down\\s+)?on|pounds|land(?:ed|s)\\s+(?:in|on)|striking|hitting)\\b");
    private static final Pattern CLAUSE = Pattern.compile(",(?!\\d{3})|;|:|\\s+(?:and|but|while|whereas|with|as"
            + "|after|before|when)\\s+|\\s+[-–—]\\s+");
    private static final Pattern SUBCOUNT = Pattern.compile("(?i)^\\s*(?:including|among\\s+them|among\\s+which|mostly"
            + "|mainly|of\\s+which\\s+\\d+\\s+were\\s+(?:shahed|decoy))");

    private static final Pattern SAYS = Pattern.compile("(?i)\\b(?:said|says|say|reported|reports|announced|stated"
            + "|claimed|claims|according\\s+to|told|wrote|posted|confirmed|added|estimated|counted)\\b");

    /** Who a figure is attributed to: pattern, claimant party, canonical name. */
    private record Attribution(Pattern pattern, String party, String name) {
    }

    private static final List<Attribution> ATTRIBUTIONS = List.of(
            attribution("(?:Ukraine's|Ukrainian|the\\s+Ukrainian|Ukraine)\\s+(?:air\\s+force|Air\\s+Force)|Air\\s+Force\\s+of"
                    + "\\s+(?:the\\s+Armed\\s+Forces\\s+of\\s+)?Ukraine|Ukraine's\\s+military'?s?\\s+air\\s+force", "UA",
                    "Ukrainian Air Force"),
            attribution("(?:Russia's|Russian|the\\s+Russian)\\s+(?:Defen[cs]e\\s+Ministry|defen[cs]e\\s+ministry"
                    + "|Ministry\\s+of\\s+Defen[cs]e|ministry\\s+of\\s+defen[cs]e|military)|(?:defen[cs]e\\s+ministry|Defen[cs]e"
                    + "\\s+Ministry)\\s+in\\s+Moscow|Moscow's\\s+defen[cs]e\\s+ministry", "RU", "Russian Ministry of Defence"),
            attribution("(?:Ukraine's|Ukrainian)\\s+(?:General\\s+Staff|general\\s+staff)|General\\s+Staff\\s+of\\s+the"
                    + "\\s+(?:Armed\\s+Forces\\s+of\\s+)?Ukraine", "UA", "General Staff of Ukraine"),
            attribution("(?:Ukraine's|Ukrainian)\\s+(?:defen[cs]e\\s+ministry|Defen[cs]e\\s+Ministry|military|army"
                    + "|armed\\s+forces|navy|Navy)", "UA", "Ukrainian military"),
            attribution("(?:Ukraine's|Ukrainian)\\s+(?:State\\s+)?(?:Emergency\\s+Service|emergency\\s+service"
                    + "|emergency\\s+services)", "UA", "State Emergency Service of Ukraine"),
            attribution("(?:Ukraine's|Ukrainian)\\s+(?:energy\\s+ministry|Energy\\s+Ministry)|Ukrenergo|Naftogaz"
                    + "|DTEK", "UA", "Ukrainian energy officials"),
            attribution("(?:President\\s+)?(?:Volodymyr\\s+)?Zelensk(?:y|yy|iy)", "UA", "President of Ukraine"),
            attribution("(?:Kremlin|Dmitry\\s+Peskov|Peskov)", "RU", "Kremlin"),
            attribution("(?:Russia's|Russian)\\s+(?:Foreign\\s+Ministry|foreign\\s+ministry)|Maria\\s+Zakharova"
                    + "|Zakharova|Sergei\\s+Lavrov|Lavrov", "RU", "Russian Foreign Ministry"),
            attribution("(?:President\\s+)?(?:Vladimir\\s+)?Putin", "RU", "President of Russia"),
            attribution("Ukrainian\\s+(?:officials|authorities)|officials\\s+in\\s+Kyiv|Kyiv\\s+officials", "UA",
                    "Ukrainian officials"),
            attribution("Russian\\s+(?:officials|authorities)|officials\\s+in\\s+Moscow|Russian\\s+state\\s+media|TASS"
                    + "|RIA\\s+Novosti", "RU", "Russian officials"));

    private static final Pattern GOVERNOR = Pattern.compile("(?i)\\b(?:governor|mayor|military\\s+administration"
            + "|regional\\s+(?:head|administration|military\\s+administration|governor|chief)|head\\s+of\\s+the\\s+regional"
            + "(?:\\s+military)?\\s+administration|regional\\s+authorities|local\\s+authorities|officials)\\b");

    private static final Pattern METONYM_VERB = Pattern.compile("^(?:'s\\s+(?:position|demands?|forces|troops|offer"
            + "|proposal|delegation|envoys?|military|officials|allies|government|response|team|negotiators|stance"
            + "|terms|conditions|leadership|plan|refusal|readiness|backers|partners))|^\\s+(?:has\\s+|have\\s+|had\\s+"
            + "|will\\s+|would\\s+|also\\s+|has\\s+also\\s+|later\\s+|then\\s+|quickly\\s+|swiftly\\s+|on\\s+\\w+day\\s+)?"
            + "(?:said|says|say|accused|accuses|accuse|denied|denies|deny|claimed|claims|launched|launches|wants|want"
            + "|insists|insisted|rejected|rejects|warned|warns|responded|responds|announced|announces|agreed|agrees"
            + "|refused|refuses|proposed|proposes|demanded|demands|sees|believes|called|calls|blamed|blames|sent|sends"
            + "|struck|strikes|retaliated|hit\\s+back|is\\s+ready|was\\s+ready|is\\s+willing|offered|offers|signalled"
            + "|signaled|vowed|vows|dismissed|dismisses|welcomed|welcomes|condemned|condemns|hopes|expects|reported"
            + "|confirmed|declared|declares|accepted|accepts|and\\s+(?:Moscow|Kyiv|Washington))\\b");
    private static final Pattern BETWEEN = Pattern.compile("(?i)(?:between|and|with|from|to|for)\\s+$");

    static final Pattern NOT_A_COUNTERPART = Pattern.compile("\\b(?:met|meet|meets|meeting|visit(?:s|ed|ing)?)"
            + "\\s+(?:with\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:soldiers|troops|residents|locals|refugees|wounded|families"
            + "|children|students|workers|volunteers|medics|doctors|people|civilians|survivors|mothers|fans|servicemen)\\b"
            + "|\\bmeet\\s+the\\s+press\\b|\\b(?:be|been|was|were|is|are)\\s+met\\s+with\\b"
            + "|\\b(?:i|he|she|we|they)\\s+met\\b(?!\\s+(?:with|on|in|at|for)\\b)");
    static final Pattern OFF_TOPIC_DIPLOMACY = Pattern.compile("(?i)\\b(?:(?:energy|trade|oil|gas|climate"
            + "|human\\s+rights|investment|nuclear|brexit|business)\\s+(?:talks|deal|supplies|agreement|ties)|weapons|arms|military\\s+(?:aid|assistance"
            + "|equipment)|equipment|sanction(?:s|ed|ing)?|expel(?:s|led|ling)?|expulsion|convicted|sentenced|trial|verdict"
            + "|detained|jailed)\\b");
    static final Pattern ON_TOPIC_DIPLOMACY = Pattern.compile("(?i)\\b(?:peace|cease-?fires?|truce|negotiat\\w*"
            + "|end\\s+(?:the|to\\s+the)\\s+(?:war|fighting|conflict)|security\\s+guarantees|offers?\\s+of\\s+talks"
            + "|reduc\\w+\\s+tensions|(?:trust|confidence)-building|avert\\w*\\s+(?:a\\s+)?war"
            + "|de-?escalat\\w*|(?:talks|met|meeting|call)\\s+with\\s+(?:\\S+\\s+){0,3}?(?:Putin|Zelensk\\w+|Lavrov|Kuleba"
            + "|Peskov|Yermak|Umerov)|visit\\w*\\s+(?:to\\s+)?(?:\\S+\\s+){0,4}?(?:Putin|Zelensk\\w+|Kyiv|Kiev|Moscow)\\b)");
    /** States and bodies other than the parties that may sit at a table with them. */
    private static final Pattern OTHER_STATE = Pattern.compile("\\b(?:German[sy]?|Berlin|Scholz|Merz|Turk(?:ey|ish|iye)"
            + "|T\\u00fcrkiye|Ankara|Erdogan|China|Chinese|Beijing|Xi\\s+Jinping|India|Indian|Modi|Israel|Israeli|Bennett"
            + "|Ireland|Irish|Taoiseach|Ital(?:y|ian)|Rome|Pol(?:and|ish)|Warsaw|Hungar(?:y|ian)|Orban|Belarus(?:ian)?|Minsk"
            + "|Lukashenko|Fin(?:land|nish)|Swed(?:en|ish)|Japan(?:ese)?|Canad(?:a|ian)|Australian?|Saudi|Riyadh|Qatar"
            + "|Emirat(?:es|i)|Abu\\s+Dhabi|Swiss|Switzerland|Geneva|Vatican|Pope|EU|European\\s+(?:Union|Commission|Council)"
            + "|Nato|NATO|UN|United\\s+Nations|African\\s+Union|Guterres|OSCE|Red\\s+Cross|ICRC|IAEA|Estonia|Latvia|Lithuania|Moldova"
            + "|Georgia|Kazakhstan|Azerbaijan|Armenia|Austria|Netherlands|Dutch|Belgi(?:um|an)|Spain|Spanish|Greece|Greek"
            + "|Norw(?:ay|egian)|Denmark|Danish|Czech|Slovak|Romania|Bulgaria|Serbia|Croatia|Slovenia|Portugal|Brazil"
            + "|South\\s+Africa|Indonesia|Iran)\\b");
    static final Pattern TALKS_WORD = Pattern.compile("(?i)\\b(?:talks?|negotiat\\w*|peace|cease-?fires?|truce"
            + "|calls?|phone|spoke|summit|envoy|delegations?|mediat\\w*)\\b");
    static final Pattern TALKS_OR_MEETING = Pattern.compile("(?i)\\b(?:talks?|negotiat\\w*|peace|cease-?fires?"
            + "|truce|calls?|phone|spoke|summit|mediat\\w*|meeting|met|corridors?)\\b");
    /** Russia and Ukraine as what is talked about, not as who talks. */
    static final Pattern TOPICAL = Pattern.compile("(?i)\\b(?:(?:Russia's|Russian|Moscow's)\\s+(?:full-scale\\s+)?"
            + "(?:invasion|aggression|war|attack|assault)(?:\\s+(?:of|in|on|against)\\s+Ukraine)?|(?:the\\s+)?war\\s+in\\s+Ukraine"
            + "|(?:the\\s+)?(?:Ukraine|Ukrainian|Russia-Ukraine|Ukraine-Russia)\\s+(?:war|crisis|conflict|invasion)"
            + "|(?:alignment|ties|relations|relationship|friendship|partnership)['’\"]?\\s+with\\s+(?:Moscow|Russia|Kyiv|Ukraine)"
            + "|invasion\\s+of\\s+Ukraine|aggression\\s+(?:against|in)\\s+Ukraine)\\b");
    private static final Pattern ALLIES_MEETING = Pattern.compile("\\b(?:(?:EU|European\\s+Union|European\\s+Council|NATO"
            + "|Nato|G7|G-7|G20|G-20)\\s+(?:leaders|summit|foreign\\s+ministers|defen[cs]e\\s+ministers|ministers|heads|allies)"
            + "|summit\\s+of\\s+(?:the\\s+)?(?:EU|European\\s+Union|NATO|Nato|G7)|(?:leaders|heads|ministers)\\s+of\\s+(?:the\\s+)?"
            + "(?:NATO|Nato|EU|European\\s+Union|G7|G-7)\\b|meeting\\s+of\\s+(?:nearly\\s+|some\\s+"
            + "|more\\s+than\\s+)?\\d+\\s+(?:countries|nations|allies))\\b");
    static final Pattern WARRING_LEADER = Pattern.compile("\\b(?:Putin|Zelensk(?:y|yy|iy)|Lavrov|Kuleba|Peskov"
            + "|Yermak|Umerov|Sybiha|Medinsky|Ushakov)\\b");
    static final Pattern PHONE_TALKS = Pattern.compile("(?i)\\b(?:phone|telephone|video)\\s+(?:talks|conversation"
            + "|chat)\\b");
    static final Pattern NEG_PHONE = Pattern.compile("(?i)\\b(?:phone\\s+call|by\\s+(?:tele)?phone|telephone"
            + "\\s+(?:call|conversation|talks)|spoke\\s+(?:by\\s+phone|on\\s+the\\s+phone)|call\\s+with|(?:a|the|their)\\s+"
            + "(?:\\S+\\s+){0,2}?call\\b|video\\s+call)");
    static final Pattern NEG_SIGNED = Pattern.compile("(?i)\\b(?:signed|signing|sign)\\b");
    static final Pattern NEG_WITHDRAW = Pattern.compile("(?i)\\b(?:withdrew|withdraws|withdrawn|pulled\\s+out|walked"
            + "\\s+out|walk\\s+away|walked\\s+away)\\s+(?:from|of)\\b");
    static final Pattern NEG_DRAFT = Pattern.compile("(?i)\\b(?:draft|memorandum|memorandums|memoranda)\\b");
    static final Pattern NEG_ROUND = Pattern.compile("(?i)\\b(?:round\\s+of\\s+(?:peace\\s+)?talks|talks\\s+(?:in|at)"
            + "|negotiations\\s+(?:in|at)|peace\\s+talks|delegations?|direct\\s+talks|talks\\s+(?:between|with))\\b");
    static final Pattern NEG_MEETING = Pattern.compile("(?i)\\b(?:met|meeting|meets|summit|hosted|sat\\s+down|visit|visits|visited"
            + "|face-to-face|in-person)\\b");
    static final Pattern NEG_PROPOSAL = Pattern.compile("(?i)\\b(?:proposed|proposal|proposes|peace\\s+plan"
            + "|offered|put\\s+forward|unveiled)\\b");

    static final Pattern DURATION = Pattern.compile("(?i)(?:(?<q>more\\s+than|over|nearly|almost|about|around"
            + "|some|at\\s+least|roughly|just\\s+over|up\\s+to)\\s+)?(?<n>\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve|half\\s+an?|one\\s+and\\s+a\\s+half|two\\s+and\\s+a\\s+half"
            + "|three\\s+and\\s+a\\s+half|four\\s+and\\s+a\\s+half|five\\s+and\\s+a\\s+half)[\\s-]+(?<unit>hours?|minutes?"
            + "|hrs?|mins?)\\b(?:\\s+and\\s+(?<extra>\\d+|a\\s+half|fifteen|thirty|forty-five)\\s*(?:minutes?|mins?)?)?");

    private static final Map<String, String> VENUES = venues();
    /** "in Riyadh", "hosted by the Saudi capital, Riyadh", …: one pattern per venue, compiled once. */
    private static final Map<String, Pattern> VENUE_PATTERNS = venuePatterns();
    static final Pattern TALK_WORD = Pattern.compile("(?s).*\\b(?:talks|negotiat\\w*|meet\\w*|summit|hosted"
            + "|delegations?|met)\\b.*");

    // ---------------------------------------------------------------- entry point

    public Extraction extract(ArticleText article) {
        String title = article.title() == null ? "" : article.title().strip();
        String body = article.text() == null ? "" : article.text().strip();
        Instant published = article.published() == null ? Instant.EPOCH : article.published();
        List<String> sentences = new ArrayList<>();
        if (!title.isEmpty()) {
            sentences.addAll(Sentences.split(title));
        }
        int titleCount = sentences.size();
        for (String sentence : Sentences.split(body)) {
            if (sentences.size() >= MAX_SENTENCES) {
                break;
            }
            if (!title.isEmpty() && sentence.equalsIgnoreCase(title)) {
                continue;
            }
            sentences.add(sentence);
        }
        String text = String.join("\n", sentences);
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        String lower = text.toLowerCase(Locale.ROOT);

        // context: is this about the Russia-Ukraine war at all?
        List<Gazetteer.Hit> placeHits = new ArrayList<>();
        for (String s : sentences) {
            for (Gazetteer.Hit hit : gazetteer.find(s)) {
                if (!isMetonym(s, hit)) {
                    placeHits.add(hit);
                }
            }
        }
        int context = count(UA, text) + count(RU, text) + placeHits.size() + count(WAR_REGION, text);
        int foreign = count(FOREIGN_WAR, text);
        boolean aboutTheWar = context > 0 && foreign <= context;

        StrikeFacts strike = strikeFacts(sentences, titleCount, published);
        double strikeScore = score(STRIKE_TERMS, lower) + score(STRIKE_TERMS, lowerTitle)
                + (strike.launched != null || strike.intercepted != null ? 3 : 0)
                + (strike.killed != null || strike.wounded != null ? 1 : 0);
        if (sentences.subList(0, titleCount).stream().anyMatch(s -> isStrikeEvent(s, published))) {
            // a headline that states a strike: that is what the item reports
            strikeScore += 2;
        }
        if (sentences.subList(titleCount, sentences.size()).stream().limit(3)
                .anyMatch(s -> isStrikeEvent(s, published))) {
            // or the lead does
            strikeScore += 1.5;
        }
        double ceasefireScore = score(CEASEFIRE_TERMS, lower) + score(CEASEFIRE_TERMS, lowerTitle);
        // meeting soldiers, residents or "the people I met" is no negotiation
        double negotiationScore = score(NEGOTIATION_TERMS, NOT_A_COUNTERPART.matcher(lower).replaceAll(" "))
                + score(NEGOTIATION_TERMS, NOT_A_COUNTERPART.matcher(lowerTitle).replaceAll(" "));
        // on the war: peace words, or a call, a meeting or talks that a warring leader takes part in
        boolean onTopic = ON_TOPIC_DIPLOMACY.matcher(text).find() || sentences.stream().anyMatch(s ->
                WARRING_LEADER.matcher(s).find() && (NEG_PHONE.matcher(s).find() || NEG_ROUND.matcher(s).find()
                        || PHONE_TALKS.matcher(s).find()));
        if (OFF_TOPIC_DIPLOMACY.matcher(text).find() && !onTopic) {
            // weapons, sanctions, expelled diplomats, a trial: diplomacy, but not about ending the war
            negotiationScore /= 5;
        }
        String withoutTopic = TOPICAL.matcher(text).replaceAll(" ");
        boolean uaSide = UA.matcher(withoutTopic).find();
        boolean ruSide = RU.matcher(withoutTopic).find();
        if (!uaSide && !ruSide) {
            // Russia and Ukraine named only as the subject ("discussed Russia's aggression in Ukraine"): no party talks
            negotiationScore /= onTopic ? 3 : 6;
        } else if (!(uaSide && ruSide) && !OTHER_STATE.matcher(withoutTopic).find() && !US.matcher(withoutTopic).find()
                && !GB.matcher(withoutTopic).find() && !FR.matcher(withoutTopic).find()
                && !TALKS_WORD.matcher(text).find()) {
            // one side alone, meeting or visiting its own people and places: no counterpart
            negotiationScore /= 3;
        }
        if (ALLIES_MEETING.matcher(text).find() && !WARRING_LEADER.matcher(text).find()) {
            // the allies among themselves: no party of the war at the table
            negotiationScore /= 3;
        }
        if (strike.launched != null && ceasefireScore < 6) {
            // a report of the night's figures is about the strike, whatever it says of a truce in passing
            ceasefireScore /= 2;
        }
        if (ceasefireScore >= 3 && negotiationScore > 0 && !NEG_PHONE.matcher(text).find()
                && !NEG_ROUND.matcher(text).find() && !NEG_MEETING.matcher(text).find()) {
            negotiationScore /= 2;
        }
        EventKind kind = EventKind.STRIKE;
        double best = strikeScore;
        if (ceasefireScore >= best && ceasefireScore > 0) {
            kind = EventKind.CEASEFIRE;
            best = ceasefireScore;
        }
        if (negotiationScore > best) {
            kind = EventKind.NEGOTIATION;
            best = negotiationScore;
        }
        // a strike report says that something was attacked on an occasion, not only that drones exist
        // blasts said to be sabotage or of unknown cause: only a named weapon makes them a strike
        boolean causeInDoubt = NOT_FROM_AFAR.matcher(text).find();
        boolean strikeReported = sentences.stream().anyMatch(s -> isStrikeEvent(s, published)
                && (!causeInDoubt || weaponsIn(s).stream().anyMatch(w -> w != Weapon.ARTILLERY)))
                && (!strike.places.isEmpty() || strike.attacker != null || strike.launched != null
                || count(UA, text) + count(RU, text) >= 2);
        if (kind == EventKind.STRIKE && !strikeReported && Math.max(ceasefireScore, negotiationScore) >= 4) {
            // strike words without a strike reported: what else the item reports decides
            kind = ceasefireScore >= negotiationScore ? EventKind.CEASEFIRE : EventKind.NEGOTIATION;
            best = Math.max(ceasefireScore, negotiationScore);
        }
        boolean strikeAnchored = kind != EventKind.STRIKE || strikeReported;
        double second = kind == EventKind.STRIKE ? Math.max(ceasefireScore, negotiationScore)
                : kind == EventKind.CEASEFIRE ? Math.max(strikeScore, negotiationScore)
                : Math.max(strikeScore, ceasefireScore);
        if (WRAPPER.matcher(title).find() || WRAPPER.matcher(text).find()) {
            // a press review, a round-up, a guide or voices from the street: no report of its own
            best = 0;
        } else if (INTERVIEW.matcher(title).find() || INTERVIEW.matcher(text).find()) {
            // an interview or a comment reports what someone thinks, not an event; but a warring leader
            // speaking of talks makes a statement on talks
            boolean statementOnTalks = kind == EventKind.NEGOTIATION && WARRING_LEADER.matcher(text).find()
                    && TALKS_OR_MEETING.matcher(text).find();
            best = statementOnTalks ? best : 0;
        } else if (FEATURE.matcher(title).find() || FEATURE.matcher(text).find()) {
            best -= 5;
        }
        boolean relevant = aboutTheWar && best >= 4 && strikeAnchored;
        double relevanceConfidence = relevant
                ? Math.min(0.95, 0.45 + 0.04 * best + 0.05 * Math.min(3, best - second))
                : Math.max(0.05, Math.min(0.45, 0.05 * best));
        String kindEvidence = evidence(sentences, kind);

        List<String> parties = parties(text);
        CeasefireFacts ceasefire = ceasefireFacts(sentences);
        NegotiationFacts negotiation = negotiationFacts(sentences, text);

        double confidence = relevant ? overall(kind, relevanceConfidence, strike, ceasefire, negotiation)
                : relevanceConfidence;
        return new Extraction(relevant, relevant ? kind : null, Extracted.round(confidence), kindEvidence, parties,
                strike.attacker, strike.target, strike.claimant, strike.attributedTo, strike.places, strike.date,
                strike.weapon, strike.models, strike.launched, strike.intercepted, strike.suppressed, strike.killed,
                strike.wounded, ceasefire.matter, ceasefire.scope, ceasefire.accuser, ceasefire.accused,
                negotiation.kind, negotiation.participants, negotiation.venue, negotiation.duration, 0, false, null,
                ceasefire.party, ceasefire.position, ceasefire.conditions, ceasefire.status, strike.categories);
    }

    /**
     * Reads one event of {@code kind} from its own sentences only (the events stage decided which):
     * the facts of its kind, its date, and its confidence from {@code relevance} and how much was found.
     */
    Extraction readEvent(EventKind kind, List<String> sentences, int titleCount, Instant published,
            double relevance, boolean background) {
        String text = String.join("\n", sentences);
        StrikeFacts strike = kind == EventKind.STRIKE ? strikeFacts(sentences, titleCount, published) : new StrikeFacts();
        CeasefireFacts ceasefire = kind == EventKind.CEASEFIRE ? ceasefireFacts(sentences) : new CeasefireFacts();
        // the body's words before the headline's ("holds talks" in a title, "met" in the text)
        List<String> bodyFirst = new ArrayList<>(sentences.subList(titleCount, sentences.size()));
        bodyFirst.addAll(sentences.subList(0, titleCount));
        NegotiationFacts negotiation = kind == EventKind.NEGOTIATION ? negotiationFacts(bodyFirst, text)
                : new NegotiationFacts();
        if (kind == EventKind.NEGOTIATION) {
            negotiation.participants = Participants.ofEvent(negotiation.participants, sentences);
        }
        Extracted<DateWindow> date = kind == EventKind.STRIKE ? strike.date : EventDates.of(kind, sentences, published);
        double confidence = overall(kind, relevance, strike, ceasefire, negotiation) * (background ? 0.7 : 1);
        return new Extraction(true, kind, Extracted.round(confidence), evidence(sentences, kind), parties(text),
                strike.attacker, strike.target, strike.claimant, strike.attributedTo, strike.places, date,
                strike.weapon, strike.models, strike.launched, strike.intercepted, strike.suppressed, strike.killed,
                strike.wounded, ceasefire.matter, ceasefire.scope, ceasefire.accuser, ceasefire.accused,
                negotiation.kind, negotiation.participants, negotiation.venue, negotiation.duration, 0, background,
                null, ceasefire.party, ceasefire.position, ceasefire.conditions, ceasefire.status, strike.categories);
    }

    private static double overall(EventKind kind, double relevance, StrikeFacts s, CeasefireFacts c,
            NegotiationFacts n) {
        List<Double> parts = new ArrayList<>();
        parts.add(relevance);
        switch (kind) {
            case STRIKE -> {
                parts.add(conf(s.attacker));
                parts.add(conf(s.target));
                parts.add(conf(s.date));
                parts.add(Math.max(conf(s.launched), Math.max(conf(s.killed), conf(s.wounded))));
                parts.add(s.places.isEmpty() ? 0.3 : s.places.get(0).confidence());
            }
            case CEASEFIRE -> {
                parts.add(conf(c.matter));
                parts.add(conf(c.scope));
            }
            case NEGOTIATION -> {
                parts.add(conf(n.kind));
                parts.add(n.participants.isEmpty() ? 0.3 : n.participants.get(0).confidence());
            }
        }
        return parts.stream().mapToDouble(Double::doubleValue).average().orElse(relevance);
    }

    private static double conf(Extracted<?> field) {
        return field == null ? 0.3 : field.confidence();
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
    private record Count(Numbers.Mention number, Role role, Weapon weapon, boolean total) {
    }

    StrikeFacts strikeFacts(List<String> sentences, int titleCount, Instant published) {
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
            if (facts.killed == null && casualties.killed != null) {
                facts.killed = Extracted.of(casualties.killed, sentence, 0.8);
                figureSentence = figureSentence == null ? sentence : figureSentence;
            }
            if (facts.wounded == null && casualties.wounded != null) {
                facts.wounded = Extracted.of(casualties.wounded, sentence, 0.8);
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
            for (Gazetteer.Hit hit : gazetteer.find(sentence)) {
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
        facts.categories.addAll(TargetCategories.of(sentences.stream().filter(this::isStrikeSentence).toList()));

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
        String dateSentence = figureSentence != null ? figureSentence : firstMatching(sentences, this::isStrikeSentence);
        DateWindow window = dateSentence == null ? null : Dates.find(dateSentence, published);
        if (window != null) {
            facts.date = Extracted.of(window, dateSentence, 0.85);
        } else {
            // the day of a sentence that tells the strike, before the day of anything else the item tells
            List<String> strikeFirst = new ArrayList<>(sentences.stream().filter(this::isStrikeSentence).toList());
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
    boolean isStrikeEvent(String sentence, Instant published) {
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
    private static final Pattern STRIKE_WORD = Pattern.compile("(?i)\\b(?:attacks?|strikes?|hit|hits|explosions?"
            + "|overnight|damaged|barrage|air\\s+defen[cs]e)\\b");
    /** Without a weapon named, an attack phrase does. */
    private static final Pattern STRIKE_PHRASE = Pattern.compile("(?i)\\b(?:attack(?:s|ed)?\\s+(?:on|against)|strikes?\\s+(?:on|hit|hits|in|killed|kills)"
            + "|struck|shelled|shelling|bombs?\\s+(?:on|hit|a|the)|dropped\\s+(?:a\\s+)?bombs?|bombed"
            + "|bombard\\w*|explosions?\\s+(?:in|rocked|hit)|killed|killing|injured|wounded"
            + "|air\\s*strikes?|airstrikes?|explosions?\\s+(?:(?:are|were|was|have\\s+been)\\s+)?(?:heard|reported"
            + "|rocked|shook|lit\\s+up)|(?:deadly|fatal|massive|powerful)\\s+(?:blasts?|explosions?)"
            + "|targeted\\s+(?:\\S+\\s+){0,2}?(?:homes|houses|buildings|residential|civilians)"
            + "|(?:apartment|residential|building|block|tower|mall|hospital|school|station|missile|rocket|drone"
            + "|artillery)\\s+(?:strikes?|attacks?)|(?:attacks?|strikes?|shelling|bombardment)\\s+(?:\\w+\\s+)?(?:destroyed|damaged|hit"
            + "|killed|injured|wounded|struck)|(?:helicopters?|warplanes?|jets|aircraft)\\s+(?:attacking|attacked|struck"
            + "|bombed|hit|fired))\\b");

    boolean isStrikeSentence(String sentence) {
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

    private boolean scanStrikeSentence(String sentence) {
        return STRUCK_OBJECT.matcher(sentence).find() || !weaponsIn(sentence).isEmpty() && (LAUNCH_VERB.matcher(sentence).find()
                || INTERCEPT_VERB.matcher(sentence).find() || KILL.matcher(sentence).find()
                || IMPACT_VERB.matcher(sentence).find()
                || WOUND.matcher(sentence).find() || STRIKE_WORD.matcher(sentence).find())
                || STRIKE_PHRASE.matcher(sentence).find();
    }

    private static String firstMatching(List<String> sentences, java.util.function.Predicate<String> test) {
        for (String s : sentences) {
            if (test.test(s)) {
                return s;
            }
        }
        return null;
    }

    /** Sentences already read for weapons and for strike words: each is asked about at several stages. */
    private static final Map<String, EnumSet<Weapon>> WEAPONS_SEEN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Boolean> STRIKE_SENTENCES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<Weapon> weaponsIn(String sentence) {
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

    private static EnumSet<Weapon> scanWeapons(String sentence) {
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
    private static Weapon weaponAfter(String after) {
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

    private static List<Count> weaponCounts(String sentence) {
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

    private static Role roleOfNextClause(String sentence, List<int[]> clauses, int[] clause) {
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

    private static final Pattern AMONG_THEM = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+){0,3}?(?:were|was|are|is)\\s+"
            + "(?:also\\s+)?among\\b");
    private static final Pattern HIT_AFTER = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+){0,6}?(?:have\\s+|had\\s+)?"
            + "(?:struck|hit|hits|strike|landed|slammed|slam|smashed)\\b");
    private static final Pattern HIT_BY = Pattern.compile("(?i)\\b(?:struck|hit)\\s+by\\s+(?:at\\s+least\\s+)?$");

    /** The role of the verb nearest to the number in its clause (or of any verb, without a number). */
    private static Role roleNear(String clause, Numbers.Mention number) {
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

    private static List<int[]> clauses(String sentence) {
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
    private static Extracted<StatedFigure> sum(List<Count> counts, Role role, String sentence, Set<Weapon> weapons) {
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

    private record Casualties(StatedFigure killed, StatedFigure wounded) {
    }

    private static Casualties casualties(String sentence) {
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

    private static int nearest(String text, Numbers.Mention number, Pattern words) {
        Matcher m = words.matcher(text);
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            int distance = m.start() >= number.end() ? m.start() - number.end() : number.start() - m.end();
            best = Math.min(best, Math.abs(distance));
        }
        return best;
    }

    private static WeaponCategory category(Set<Weapon> weapons) {
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

    private static String canonicalModel(String raw) {
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

    // attacker and target: explicit subjects first, then adjectives, then where the places are
    private static final Pattern RU_ACTOR = Pattern.compile("(?i)(?<!\\bin\\s|\\bat\\s|\\bon\\s|\\bover\\s|\\bnear\\s)\\b(?:Russia|Russian\\s+(?:forces|troops|military|army"
            + "|aircraft|bombers|warplanes|jets)|Moscow|the\\s+Kremlin)\\s+(?:has\\s+|had\\s+|have\\s+|also\\s+|again\\s+)?"
            + "(?:launched|attacked|struck|fired|hit|pounded|shelled|bombarded|targeted|unleashed|sent|used|strikes"
            + "|launches|attacks|fires|hits|pummel\\w*|battered|rained|carried\\s+out|conducted)\\b");
    private static final Pattern UA_ACTOR = Pattern.compile("(?i)(?<!\\bin\\s|\\bat\\s|\\bon\\s|\\bover\\s|\\bnear\\s)\\b(?:Ukraine|Ukrainian\\s+(?:forces|troops|military"
            + "|army|navy|sea\\s+drones|special\\s+forces)|Kyiv)\\s+(?:has\\s+|had\\s+|have\\s+|also\\s+|again\\s+)?"
            + "(?:launched|attacked|struck|fired|hit|pounded|shelled|bombarded|targeted|unleashed|sent|used|strikes"
            + "|launches|attacks|fires|hits|carried\\s+out|conducted)\\b");
    private static final Pattern RU_WEAPON = Pattern.compile("(?i)\\b(?:Russia's|Russian|Moscow's)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:drones?|missiles?|strikes?|attacks?|shelling|bombs?|air\\s+strikes?|airstrikes?|barrage|bombardment"
            + "|assault|offensive|rockets?|shahed\\w*)\\b");
    private static final Pattern UA_WEAPON = Pattern.compile("(?i)\\b(?:Ukraine's|Ukrainian|Kyiv's)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:drones?|missiles?|strikes?|attacks?|shelling|bombs?|air\\s+strikes?|airstrikes?|barrage|bombardment"
            + "|incursion|assault|offensive|rockets?|uavs?)\\b");
    private static final Pattern RU_ATTACKED_BY = Pattern.compile("(?i)(?<!blamed\\s|accused\\s|condemned\\s|claimed\\s"
            + "|denied\\s|criticised\\s|criticized\\s|reported\\s|announced\\s)\\b(?:by|from)\\s+Russia(?:n\\s+forces)?\\b");
    private static final Pattern UA_ATTACKED_BY = Pattern.compile("(?i)(?<!blamed\\s|accused\\s|condemned\\s|claimed\\s"
            + "|denied\\s|criticised\\s|criticized\\s|reported\\s|announced\\s)\\b(?:by|from)\\s+Ukraine\\b|\\bUkrainian"
            + "\\s+(?:drones?|uavs?)\\s+(?:attacked|struck|hit|targeted)");
    private static final Pattern UA_TARGET = Pattern.compile("(?i)\\b(?:on|against|at|across|in|over|into)\\s+(?:western\\s+"
            + "|eastern\\s+|southern\\s+|northern\\s+|central\\s+)?Ukraine\\b|\\bUkrainian\\s+(?:cities|towns|energy"
            + "|infrastructure|territory|positions|power|civilians|ports?)\\b|\\bUkraine's\\s+(?:energy|power|cities"
            + "|infrastructure|grid|ports?)\\b");
    private static final Pattern RU_TARGET = Pattern.compile("(?i)\\b(?:on|against|at|across|in|over|into)\\s+(?:western\\s+"
            + "|southern\\s+)?Russia\\b|\\bRussian\\s+(?:cit(?:y|ies)|towns?|villages?|regions?|territory|refiner\\w*|oil|airfields?"
            + "|air\\s+bases?|soil|border\\s+regions?)\\b|\\bRussia's\\s+(?:energy|oil|refiner\\w*|territory|regions?"
            + "|airfields?|border)\\b|\\b(?:over|across)\\s+(?:Russian|the\\s+Russian)\\s+(?:regions?|territory)\\b");

    private void attackerAndTarget(List<String> sentences, StrikeFacts facts) {
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

    private static final Pattern REGIONS_AFTER = Pattern.compile("^(?:\\s*,\\s*(?:the\\s+)?[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?)*"
            + "(?:\\s*,?\\s+and\\s+(?:the\\s+)?[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?)?\\s+(?:regions|oblasts|provinces)\\b");

    /** "the Lviv and Ivano-Frankivsk regions": each city of the list stands for its oblast. */
    private Place regionOfList(String sentence, Gazetteer.Hit hit) {
        if (hit.place().wholeRegion() || !REGIONS_AFTER.matcher(sentence.substring(hit.end())).find()) {
            return hit.place();
        }
        return gazetteer.byName(hit.place().name() + " Oblast")
                .or(() -> gazetteer.byName(hit.place().region()))
                .filter(Place::wholeRegion).orElse(hit.place());
    }

    private boolean isLaunchSite(String sentence, Gazetteer.Hit hit) {
        String before = sentence.substring(Math.max(0, hit.start() - 40), hit.start());
        return before.matches("(?is).*\\b(?:from|launched\\s+from|fired\\s+from|from\\s+the\\s+direction\\s+of"
                + "|from\\s+occupied|from\\s+(?:the\\s+)?(?:russian|russia's))\\s+(?:the\\s+)?(?:occupied\\s+)?"
                + "(?:russian\\s+)?$");
    }

    private boolean isAttribution(String sentence, Gazetteer.Hit hit) {
        String after = sentence.substring(hit.end(), Math.min(sentence.length(), hit.end() + 60));
        return after.matches("(?is)^(?:'s)?\\s+(?:regional\\s+|city\\s+|oblast\\s+)?(?:governor|mayor|military\\s+"
                + "administration|administration|head|officials|authorities|police)\\b.*")
                && !GOVERNOR.matcher(sentence.substring(0, hit.start())).find()
                && countPlacesAround(sentence, hit) > 1;
    }

    private int countPlacesAround(String sentence, Gazetteer.Hit hit) {
        return gazetteer.find(sentence).size();
    }

    @SuppressWarnings("unchecked")
    Extracted<String>[] attribution(String sentence) {
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
            List<Gazetteer.Hit> hits = gazetteer.find(placeName);
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
        if (party == null) {
            return null;
        }
        return new Extracted[] {Extracted.of(party, sentence, 0.8), Extracted.of(name, sentence, 0.8)};
    }

    // ---------------------------------------------------------------- parties and metonyms

    /** Whether a capital named here stands for its government ("Kyiv said", "talks between Moscow and Kyiv"). */
    private static boolean isMetonym(String sentence, Gazetteer.Hit hit) {
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

    private static List<String> parties(String text) {
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
    }

    static final Pattern CF_WORD = Pattern.compile("(?i)\\b(?:cease-?fires?|truces?|moratorium|armistice"
            + "|humanitarian\\s+corridors?|(?:halt|pause|stop|freeze)\\w*\\s+(?:to\\s+|on\\s+|in\\s+)?(?:the\\s+)?"
            + "(?:strikes|attacks|fighting|hostilities))\\b");
    private static final Pattern CF_VIOLATION = Pattern.compile("(?i)\\b(?:violat\\w*|breach\\w*|broke|breaking|broken"
            + "|flout\\w*|undermin\\w*)\\b");
    private static final Pattern CF_STATUS = Pattern.compile("(?i)\\b(?:came\\s+into\\s+(?:force|effect)|comes?\\s+into"
            + "\\s+(?:force|effect)|took\\s+effect|takes?\\s+effect|went\\s+into\\s+effect|expired?|expires|ended|ends"
            + "|collapsed?|collapses|suspend\\w*|resum\\w*|in\\s+force|lapsed?|extended|extends|began|begins|started"
            + "|holding|held)\\b");
    private static final Pattern CF_AGREEMENT = Pattern.compile("(?i)\\b(?:agreed|agrees|agree|accepted|accepts|accept"
            + "|signed|backed|endorsed|deal|reached)\\b");
    private static final Pattern CF_PROPOSAL = Pattern.compile("(?i)\\b(?:proposed|proposal|proposes|propose|called\\s+for"
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
        return facts;
    }

    static final Pattern CF_REJECT = Pattern.compile("(?i)\\b(?:rejected|rejects|reject|refused|refuses|dismissed|dismisses"
            + "|turned\\s+down|ruled\\s+out|rebuffed)\\b");
    static final Pattern CF_CONDITIONS = Pattern.compile("(?i)\\b(?:in\\s+principle|with\\s+conditions|conditions?\\s+(?:that|of|attached)"
            + "|on\\s+condition|provided\\s+(?:that)?|as\\s+long\\s+as|only\\s+if|but\\s+(?:demanded|insisted|wants))\\b");
    private static final Pattern CF_RESPONSE = Pattern.compile("(?i)\\b(?:accepted|accepts|accept|backed|backs|supports|supported"
            + "|welcomed|welcomes|endorsed|endorses|agreed\\s+in\\s+principle|agrees\\s+in\\s+principle|responded|signalled"
            + "|signaled)\\b");
    private static final Pattern CF_BOTH = Pattern.compile("(?i)\\b(?:both\\s+sides|the\\s+two\\s+sides|(?:Russia|Moscow)\\s+and"
            + "\\s+(?:Ukraine|Kyiv)|(?:Ukraine|Kyiv)\\s+and\\s+(?:Russia|Moscow)|deal|reached|signed|brokered)\\b");
    private static final Pattern SUBJECT_PARTY = Pattern.compile("\\b(?:Russia|Russian|Moscow|Kremlin|Putin|Ukraine|Ukrainian"
            + "|Kyiv|Zelensk\\w*|United\\s+States|U\\.S\\.|US|Washington|White\\s+House|Trump|Biden|Belarus\\w*|Lukashenko"
            + "|Turk\\w+|Erdogan|Britain|British|France|French|Macron|EU|European\\s+Union|UN|United\\s+Nations)\\b");

    /** What a sentence naming a cease-fire says about it; null when it says nothing of the five. */
    static CeasefireMatter matterOf(String s) {
        if (CF_VIOLATION.matcher(s).find()) {
            return CeasefireMatter.ALLEGED_VIOLATION;
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
    private static String statusOf(String s) {
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

    /** The first party a sentence names (its speaker or subject, as news sentences go). */
    static String subjectParty(String s) {
        Matcher m = SUBJECT_PARTY.matcher(s);
        return m.find() ? partyOf(m.group()) : null;
    }

    private static final Pattern ACCUSED_AFTER = Pattern.compile("(?i)\\baccus\\w+\\s+(Russia|Moscow|Ukraine|Kyiv"
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

    // ---------------------------------------------------------------- negotiations

    static final class NegotiationFacts {
        Extracted<NegotiationKind> kind;
        List<Extracted<Person>> participants = new ArrayList<>();
        Extracted<Venue> venue;
        Extracted<StatedDuration> duration;
    }

    NegotiationFacts negotiationFacts(List<String> sentences, String text) {
        NegotiationFacts facts = new NegotiationFacts();
        for (String s : sentences) {
            NegotiationKind kind = NEG_WITHDRAW.matcher(s).find() ? NegotiationKind.WITHDRAWAL
                    : NEG_PHONE.matcher(s).find() ? NegotiationKind.PHONE_CALL
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
        facts.participants.addAll(people.find(sentences));
        for (String s : sentences) {
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

    private static Long minutes(Matcher m) {
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

    private static Map<String, String> venues() {
        Map<String, String> v = new LinkedHashMap<>();
        String[][] rows = {{"St. Petersburg", "RU"}, {"St Petersburg", "RU"}, {"Saint Petersburg", "RU"},
                {"Abu Dhabi", "AE"}, {"Riyadh", "SA"}, {"Jeddah", "SA"}, {"Istanbul", "TR"}, {"Ankara", "TR"},
                {"Antalya", "TR"}, {"Geneva", "CH"}, {"Davos", "CH"}, {"Minsk", "BY"}, {"Gomel", "BY"},
                {"Anchorage", "US"}, {"Alaska", "US"}, {"Doha", "QA"}, {"Dubai", "AE"}, {"Moscow", "RU"},
                {"Kyiv", "UA"}, {"Washington", "US"}, {"White House", "US"}, {"Oval Office", "US"}, {"Mar-a-Lago", "US"},
                {"Miami", "US"}, {"New York", "US"}, {"Paris", "FR"}, {"Elysee", "FR"}, {"London", "GB"},
                {"Berlin", "DE"}, {"Munich", "DE"}, {"Rome", "IT"}, {"Vatican", "VA"}, {"Brussels", "BE"},
                {"Helsinki", "FI"}, {"Budapest", "HU"}, {"Beijing", "CN"}, {"Warsaw", "PL"}, {"Vilnius", "LT"},
                {"Copenhagen", "DK"}, {"Bratislava", "SK"}, {"Saudi Arabia", "SA"}, {"Turkey", "TR"},
                {"Switzerland", "CH"}, {"Belarus", "BY"}, {"Qatar", "QA"}};
        for (String[] row : rows) {
            v.put(row[0], row[1]);
        }
        return v;
    }

    private static Map<String, Pattern> venuePatterns() {
        Map<String, Pattern> patterns = new java.util.HashMap<>();
        for (String place : VENUES.keySet()) {
            patterns.put(place, Pattern.compile("(?i)\\b(?:in|at|to|hosted\\s+by)\\s+(?:the\\s+)?(?:Saudi\\s+(?:city\\s+of"
                    + "\\s+|capital(?:,)?\\s+)|Turkish\\s+city\\s+of\\s+|Turkey's\\s+|Swiss\\s+city\\s+of\\s+)?("
                    + Pattern.quote(place).replace(" ", "\\E\\s+\\Q") + ")\\b"));
        }
        return Map.copyOf(patterns);
    }

    // ---------------------------------------------------------------- helpers

    private static Map<Pattern, Double> terms(Map<String, Double> words) {
        Map<Pattern, Double> out = new LinkedHashMap<>();
        words.forEach((regex, weight) -> out.put(Pattern.compile("\\b(?:" + regex + ")\\b"), weight));
        return out;
    }

    /** Each term counts at most twice, so that a long text does not win by length alone. */
    private static double score(Map<Pattern, Double> terms, String lowerText) {
        double score = 0;
        for (Map.Entry<Pattern, Double> term : terms.entrySet()) {
            Matcher m = term.getKey().matcher(lowerText);
            int n = 0;
            while (n < 2 && m.find()) {
                n++;
            }
            score += n * term.getValue();
        }
        return score;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String evidence(List<String> sentences, EventKind kind) {
        Map<Pattern, Double> terms = switch (kind) {
            case STRIKE -> STRIKE_TERMS;
            case CEASEFIRE -> CEASEFIRE_TERMS;
            case NEGOTIATION -> NEGOTIATION_TERMS;
        };
        String best = null;
        double bestScore = 0;
        for (String s : sentences) {
            double score = score(terms, s.toLowerCase(Locale.ROOT));
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return Sentences.clip(best);
    }

    private static Attribution attribution(String regex, String party, String name) {
        return new Attribution(Pattern.compile("\\b(?:" + regex + ")\\b"), party, name);
    }
}
