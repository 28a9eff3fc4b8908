package org.conflictledger.ingest.extract;

import static org.conflictledger.ingest.extract.StrikeReader.*;
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
 * The words the rules read, shared by the readers: the parties and their capitals, the war's regions,
 * features and interviews, weapons and their models, verbs of launching, intercepting and hitting,
 * who speaks for whom, and the weighted terms that score an article's kind. Compiled once. The word
 * lists themselves (parties, places, weapons and models, speakers, venues, kind terms) are data in
 * {@code src/main/resources/extract/*.tsv}, read by {@link Lexicon} when this class loads; the rules that
 * combine them stay here, beside the tests that hold their examples.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    // ---------------------------------------------------------------- word lists (src/main/resources/extract)

    private static final Lexicon.Lists PARTIES = Lexicon.lists("parties.tsv");
    private static final Lexicon.Lists PLACES = Lexicon.lists("places.tsv");
    private static final Lexicon.Lists WEAPON_WORDS = Lexicon.lists("weapons.tsv");
    private static final Map<EventKind, Map<Pattern, Double>> KIND_TERMS = kindTerms("kind-terms.tsv");

    // ---------------------------------------------------------------- vocabulary

    static final Pattern UA = party("UA", "(?![- ](?:made|built|born|speaking|language|flagged))");
    static final Pattern RU = party("RU", "(?![- ](?:made|built|born|speaking|language|flagged|backed))");
    static final Pattern US = party("US", "");
    static final Pattern GB = party("GB", "");
    static final Pattern FR = party("FR", "");
    /** Regions of the war that are no single oblast of the GAZETTEER. */
    static final Pattern WAR_REGION = Lexicon.pattern("\\b(?:", PLACES.get("war-region"), ")\\b");
    static final Pattern FOREIGN_WAR = Lexicon.pattern("(?i)\\b(?:", PLACES.get("foreign-war"), ")\\b");
    /** Features, explainers and opinion: about the war, but no report of an event. */
    static final Pattern FEATURE = Pattern.compile("(?i)^(?:analysis|opinion|explainer|the papers"
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
    static final Pattern WRAPPER = Pattern.compile("(?i)^(?:the\\s+papers|newspaper\\s+headlines|papers"
            + "|front\\s+pages)\\s*:|\\b(?:round-up|your\\s+guide\\s+to)\\b|\\b(?:[A-Z]\\w+s|people|residents|families"
            + "|survivors|witnesses|they)\\s+tell\\s+(?:CNN|the\\s+BBC)\\b");
    static final Pattern INTERVIEW = Pattern.compile("(?i)\\b(?:speaks|speaking|talks|spoke)\\s+(?:to|with)"
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
            + "|barrage|artillery|rockets?|helicopters?|warplanes?|jets|aircraft"
            // "Russian attacks destroyed a TV tower": an attack that brings down a structure
            + "|attacks?\\s+(?:\\w+\\s+)?(?:destroyed|damaged|levell?ed|flattened)\\s+(?:\\S+\\s+){0,3}?(?:towers?"
            + "|buildings?|blocks?|homes?|houses?|bridges?|stations?|substations?|depots?|plants?|schools?|hospitals?"
            + "|infrastructure|facilit(?:y|ies)|ports?|airports?))\\b");
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

    static final Map<Pattern, Double> STRIKE_TERMS = KIND_TERMS.get(EventKind.STRIKE);
    static final Map<Pattern, Double> CEASEFIRE_TERMS = KIND_TERMS.get(EventKind.CEASEFIRE);
    static final Map<Pattern, Double> NEGOTIATION_TERMS = KIND_TERMS.get(EventKind.NEGOTIATION);

    enum Weapon { DRONE, CRUISE, BALLISTIC, MISSILE, BOMB, ARTILLERY }

    static final Map<Weapon, Pattern> WEAPONS = new EnumMap<>(Map.of(
            Weapon.DRONE, Lexicon.pattern("(?i)\\b(?:(?:", WEAPON_WORDS.get("drone-kind"), ")\\s+)?(?:",
                    WEAPON_WORDS.get("drone"), ")\\b"),
            Weapon.BALLISTIC, Lexicon.pattern("(?i)\\b(?:(?:", WEAPON_WORDS.get("ballistic-model"), ")\\s+)?",
                    "ballistic\\s+missiles?|\\bIskander(?:-[MK])?s?\\b(?:\\s+missiles?)?|\\bKinzhals?\\b(?:\\s+missiles?)?",
                    "|\\bKN-23s?\\b"),
            Weapon.CRUISE, Lexicon.pattern("(?i)\\b(?:(?:", WEAPON_WORDS.get("cruise-kind"), ")\\s+)?cruise\\s+missiles?",
                    "|\\b(?:", WEAPON_WORDS.get("cruise-model"), ")s?\\b(?:\\s+missiles?)?"),
            Weapon.MISSILE, Pattern.compile("(?i)\\b(?:guided\\s+|anti-aircraft\\s+|S-300\\s+|S-400\\s+)?"
                    + "(?:missiles?|rockets?)\\b"),
            Weapon.BOMB, Lexicon.pattern("(?i)\\b(?:", WEAPON_WORDS.get("bomb-kind"), ")\\s+bombs?\\b|\\bKABs\\b"),
            Weapon.ARTILLERY, Lexicon.pattern("(?i)\\b(?:", WEAPON_WORDS.get("artillery"), ")\\b")));
    static final Pattern MODEL = Lexicon.pattern("(?i)\\b(", WEAPON_WORDS.get("model"), ")s?\\b");
    static final Pattern TOTAL = Pattern.compile("(?i)^\\s*(?:\\S+\\s+){0,2}?(?:aerial\\s+(?:targets|weapons"
            + "|attack\\s+(?:means|weapons|assets|vehicles))|air[- ]attack\\s+(?:means|weapons|assets|vehicles)"
            + "|means\\s+of\\s+(?:aerial|air)\\s+attack|(?:air|aerial)\\s+targets)\\b");
    static final Pattern PRONOUN_COUNT = Pattern.compile("(?i)^\\s*(?:out\\s+)?of\\s+(?:them|these|those"
            + "|which|the\\s+(?:drones|missiles|uavs|shaheds|targets))\\b");
    static final Pattern VERB_COUNT = Pattern.compile("(?i)^\\s*(?:more\\s+)?(?:were|was|had\\s+been|have\\s+been"
            + "|got|are)?\\s*(?:reportedly\\s+)?(?:shot\\s+down|downed|intercepted|destroyed|neutrali[sz]ed|lost|jammed"
            + "|suppressed|failed|did\\s+not|didn't|hit|struck|reached|redirected)\\b");
    static final Pattern PEOPLE = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+){0,2}?(?:people|persons|person"
            + "|civilians?|residents|children|child|kids|men|women|man|woman|others|soldiers|servicemen|troops|workers"
            + "|firefighters|rescuers|medics|teenagers?|boys?|girls?|passengers|employees|police(?:\\s+officers)?"
            + "|officers|journalists|volunteers|miners|villagers|pensioners|infants?|babies|baby)\\b");
    static final Pattern KILL = Pattern.compile("(?i)\\b(?:killed|killing|kills|kill|dead|died|death\\s+toll"
            + "|lost\\s+their\\s+lives|lives|fatalities|deaths|perished|fatally)\\b");
    static final Pattern WOUND = Pattern.compile("(?i)\\b(?:wounded|wounding|injured|injuring|injuries|hurt"
            + "|injures|wounds|wounding)\\b");
    static final Pattern CASUALTY_AFTER = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+){0,3}?(?:were\\s+|was\\s+"
            + "|have\\s+been\\s+|had\\s+been\\s+|are\\s+)?(?:reportedly\\s+|feared\\s+|confirmed\\s+|now\\s+)?"
            + "(?:killed|dead|died|injured|wounded|hurt)\\b");
    static final Pattern CASUALTY_BEFORE = Pattern.compile("(?i)(?:killing|killed|kill|kills|injuring|injured"
            + "|wounding|wounded|injures|wounds|death\\s+toll(?:\\s+\\w+){0,3}?\\s+(?:to|at|reached)|claimed\\s+the\\s+lives"
            + "\\s+of|the\\s+lives\\s+of|left)\\s+(?:at\\s+least\\s+|more\\s+than\\s+|nearly\\s+|some\\s+|around\\s+"
            + "|about\\s+|over\\s+|almost\\s+)?$");

    enum Role { LAUNCHED, INTERCEPTED, SUPPRESSED, HIT }

    static final Pattern INTERCEPT_VERB = Pattern.compile("(?i)\\b(?:shot\\s+down|shoot\\s+down|shooting\\s+down"
            + "|downed|intercepted|intercepting|intercept|destroyed|neutrali[sz]ed|repelled|repulsed|taken\\s+out"
            + "|eliminated|shoots\\s+down|disabled|disabling)\\b");
    static final Pattern SUPPRESS_VERB = Pattern.compile("(?i)\\b(?:lost\\s+(?:to|due\\s+to|because\\s+of)"
            + "\\s+(?:electronic|jamming|radio|ew|countermeasures|active)|locationally\\s+lost|location(?:ally)?\\s+lost"
            + "|lost\\s+(?:locally|from\\s+radar|on\\s+radar|in\\s+location)|lost\\b|jammed|jamming|suppressed"
            + "|electronic\\s+warfare|failed\\s+to\\s+reach|did\\s+not\\s+reach|didn't\\s+reach|redirected|diverted"
            + "|went\\s+off\\s+radar)\\b");
    static final Pattern HIT_VERB = Pattern.compile("(?i)\\b(?:hit\\s+(?:their\\s+)?targets|reached\\s+(?:their\\s+)?"
            + "targets|struck\\s+(?:their\\s+)?targets|hits\\s+were\\s+recorded|impacts?\\s+(?:were\\s+)?recorded"
            + "|got\\s+through|(?:hit|struck)\\s+\\d+\\s+locations)\\b");
    static final Pattern LAUNCH_VERB = Pattern.compile("(?i)\\b(?:launched|launching|launch|launches|fired"
            + "|firing|fires|attacked|attacking|sent|deployed|used(?!\\s+to\\b)|unleashed|targeted|struck|bombarded|pounded"
            + "|total\\s+of|involving|attack\\s+with|assault\\s+with|barrage\\s+of|wave\\s+of|swarm\\s+of)\\b");
    static final Pattern IMPACT_VERB = Pattern.compile("(?i)\\b(?:slam(?:s|med|ming)?\\s+into|smash(?:ed|es)?"
            + "\\s+into|rain(?:s|ed|ing)?\\s+(?:down\\s+)?on|pounds|land(?:ed|s)\\s+(?:in|on)|striking|hitting)\\b");
    static final Pattern CLAUSE = Pattern.compile(",(?!\\d{3})|;|:|\\s+(?:and|but|while|whereas|with|as"
            + "|after|before|when)\\s+|\\s+[-–—]\\s+");
    static final Pattern SUBCOUNT = Pattern.compile("(?i)^\\s*(?:including|among\\s+them|among\\s+which|mostly"
            + "|mainly|of\\s+which\\s+\\d+\\s+were\\s+(?:shahed|decoy))");

    static final Pattern SAYS = Pattern.compile("(?i)\\b(?:said|says|say|reported|reports|announced|stated"
            + "|claimed|claims|according\\s+to|told|wrote|posted|confirmed|added|estimated|counted)\\b");

    /** Who a figure is attributed to: pattern, claimant party, canonical name. */
    record Attribution(Pattern pattern, String party, String name) {
    }

    static final List<Attribution> ATTRIBUTIONS = attributions("speakers.tsv");

    static final Pattern GOVERNOR = Pattern.compile("(?i)\\b(?:governor|mayor|military\\s+administration"
            + "|regional\\s+(?:head|administration|military\\s+administration|governor|chief)|head\\s+of\\s+the\\s+regional"
            + "(?:\\s+military)?\\s+administration|regional\\s+authorities|local\\s+authorities|officials)\\b");

    static final Pattern METONYM_VERB = Pattern.compile("^(?:'s\\s+(?:position|demands?|forces|troops|offer"
            + "|proposal|delegation|envoys?|military|officials|allies|government|response|team|negotiators|stance"
            + "|terms|conditions|leadership|plan|refusal|readiness|backers|partners))|^\\s+(?:has\\s+|have\\s+|had\\s+"
            + "|will\\s+|would\\s+|also\\s+|has\\s+also\\s+|later\\s+|then\\s+|quickly\\s+|swiftly\\s+|on\\s+\\w+day\\s+)?"
            + "(?:said|says|say|accused|accuses|accuse|denied|denies|deny|claimed|claims|launched|launches|wants|want"
            + "|insists|insisted|rejected|rejects|warned|warns|responded|responds|announced|announces|agreed|agrees"
            + "|refused|refuses|proposed|proposes|demanded|demands|sees|believes|called|calls|blamed|blames|sent|sends"
            + "|struck|strikes|retaliated|hit\\s+back|is\\s+ready|was\\s+ready|is\\s+willing|offered|offers|signalled"
            + "|signaled|vowed|vows|dismissed|dismisses|welcomed|welcomes|condemned|condemns|hopes|expects|reported"
            + "|confirmed|declared|declares|accepted|accepts|and\\s+(?:Moscow|Kyiv|Washington))\\b");
    static final Pattern BETWEEN = Pattern.compile("(?i)(?:between|and|with|from|to|for)\\s+$");

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
    static final Pattern OTHER_STATE = Lexicon.pattern("\\b(?:", PARTIES.get("other-state"), ")\\b");
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
    static final Pattern ALLIES_MEETING = Pattern.compile("\\b(?:(?:EU|European\\s+Union|European\\s+Council|NATO"
            + "|Nato|G7|G-7|G20|G-20)\\s+(?:leaders|summit|foreign\\s+ministers|defen[cs]e\\s+ministers|ministers|heads|allies)"
            + "|summit\\s+of\\s+(?:the\\s+)?(?:EU|European\\s+Union|NATO|Nato|G7)|(?:leaders|heads|ministers)\\s+of\\s+(?:the\\s+)?"
            + "(?:NATO|Nato|EU|European\\s+Union|G7|G-7)\\b|meeting\\s+of\\s+(?:nearly\\s+|some\\s+"
            + "|more\\s+than\\s+)?\\d+\\s+(?:countries|nations|allies))\\b");
    static final Pattern WARRING_LEADER = Lexicon.pattern("\\b(?:", PARTIES.get("warring-leader"), ")\\b");
    static final Pattern PHONE_TALKS = Pattern.compile("(?i)\\b(?:phone|telephone|video)\\s+(?:talks|conversation"
            + "|chat)\\b");
    // not a spokesman's "regular call with journalists" or a "conference call" with the press
    static final Pattern NEG_PHONE = Pattern.compile("(?i)\\b(?:phone\\s+call|by\\s+(?:tele)?phone|telephone"
            + "\\s+(?:call|conversation|talks)|spoke\\s+(?:by\\s+phone|on\\s+the\\s+phone)|call\\s+with|(?:a|the|their)\\s+"
            + "(?:(?!conference\\b)\\S+\\s+){0,2}?call\\b|video\\s+call)"
            + "(?!\\s+(?:with\\s+)?(?:journalists|reporters|the\\s+press|the\\s+media|media))");
    static final Pattern NEG_SIGNED = Pattern.compile("(?i)\\b(?:signed|signing|sign)\\b");
    static final Pattern NEG_WITHDRAW = Pattern.compile("(?i)\\b(?:withdrew|withdraws|withdrawn|pulled\\s+out|walked"
            + "\\s+out|walk\\s+away|walked\\s+away)\\s+(?:from|of)\\b");
    static final Pattern NEG_DRAFT = Pattern.compile("(?i)\\b(?:draft|memorandum|memorandums|memoranda)\\b");
    static final Pattern NEG_ROUND = Pattern.compile("(?i)\\b(?:round\\s+of\\s+(?:peace\\s+)?talks|talks\\s+(?:in|at)"
            + "|negotiations\\s+(?:in|at)|peace\\s+talks|delegations?|direct\\s+talks|talks\\s+(?:between|with)"
            // "diplomats gathered in Paris on Wednesday for talks" (not "called for talks": a proposal)
            + "|(?:gathered|convened|assembled|met)\\s+(?:\\S+\\s+){0,5}?for\\s+(?:\\S+\\s+)?talks)\\b");
    static final Pattern NEG_MEETING = Pattern.compile("(?i)\\b(?:met|meetings?|meets|summit|hosted|sat\\s+down|visit|visits|visited"
            + "|face-to-face|in-person)\\b");
    static final Pattern NEG_PROPOSAL = Pattern.compile("(?i)\\b(?:proposed|proposal|proposes|peace\\s+plan"
            + "|offered|put\\s+forward|unveiled)\\b");

    static final Pattern DURATION = Pattern.compile("(?i)(?:(?<q>more\\s+than|over|nearly|almost|about|around"
            + "|some|at\\s+least|roughly|just\\s+over|up\\s+to)\\s+)?(?<n>\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve|half\\s+an?|one\\s+and\\s+a\\s+half|two\\s+and\\s+a\\s+half"
            + "|three\\s+and\\s+a\\s+half|four\\s+and\\s+a\\s+half|five\\s+and\\s+a\\s+half)[\\s-]+(?<unit>hours?|minutes?"
            + "|hrs?|mins?)\\b(?:\\s+and\\s+(?<extra>\\d+|a\\s+half|fifteen|thirty|forty-five)\\s*(?:minutes?|mins?)?)?");

    static final Map<String, String> VENUES = venues("venues.tsv");
    /** "in Riyadh", "hosted by the Saudi capital, Riyadh", …: one pattern per venue, compiled once. */
    static final Map<String, Pattern> VENUE_PATTERNS = venuePatterns();
    static final Pattern TALK_WORD = Pattern.compile("(?s).*\\b(?:talks|negotiat\\w*|meet\\w*|summit|hosted"
            + "|delegations?|met)\\b.*");

    // ---------------------------------------------------------------- helpers

    /** A party by the words of {@code parties.tsv}, as whole words, then {@code after} (what may not follow). */
    private static Pattern party(String code, String after) {
        return Lexicon.pattern("\\b(?:", PARTIES.get(code), ")\\b", after);
    }

    /** Who a figure is attributed to ({@code match <tab> party <tab> name}), in the order of the file. */
    private static List<Attribution> attributions(String file) {
        List<Attribution> out = new ArrayList<>();
        for (Lexicon.Row row : Lexicon.rows(file, 3, 3)) {
            out.add(new Attribution(row.compile(String.join("", "\\b(?:", row.get(0), ")\\b")), row.get(1), row.get(2)));
        }
        return List.copyOf(out);
    }

    /** The weighted terms of each kind ({@code kind <tab> term <tab> weight}), each term a whole-word pattern. */
    private static Map<EventKind, Map<Pattern, Double>> kindTerms(String file) {
        Map<EventKind, Map<Pattern, Double>> out = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            out.put(kind, new LinkedHashMap<>());
        }
        for (Lexicon.Row row : Lexicon.rows(file, 3, 3)) {
            EventKind kind;
            double weight;
            try {
                kind = EventKind.valueOf(row.get(0));
                weight = Double.parseDouble(row.get(2));
            } catch (IllegalArgumentException e) {
                throw row.error("expected a kind " + List.of(EventKind.values()) + " and a weight: " + e.getMessage());
            }
            if (out.get(kind).put(row.compile(String.join("", "\\b(?:", row.get(1), ")\\b")), weight) != null) {
                throw row.error("term " + row.get(1) + " is listed twice");
            }
        }
        return out;
    }

    /** Each term counts at most twice, so that a long text does not win by length alone. */
    static double score(Map<Pattern, Double> terms, String lowerText) {
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

    static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String evidence(List<String> sentences, EventKind kind) {
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
}
