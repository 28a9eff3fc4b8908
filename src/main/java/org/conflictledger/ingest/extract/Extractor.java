package org.conflictledger.ingest.extract;

import static org.conflictledger.ingest.extract.Vocabulary.*;
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
import org.springframework.beans.factory.annotation.Autowired;
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
    private final RelevanceJudge judge;
    private final EventSegmenter segmenter = new EventSegmenter();

    /** The rules decide relevance and the headline kind (tests and the rules' own evaluation). */
    public Extractor() {
        this(new RuleRelevance());
    }

    /**
     * {@code judge} decides relevance and the headline kind; the rules read the events and their facts.
     * The service's judge is the {@code RelevanceJudge} bean ({@code ledger.extraction.relevance}).
     */
    @Autowired
    public Extractor(RelevanceJudge judge) {
        this.judge = judge;
    }

    /** The judge of relevance and the headline kind this extractor asks. */
    RelevanceJudge judge() {
        return judge;
    }

    /** DRONE, MISSILE or MIXED as the evaluation's labels name weapons; null for none. */
    public static String coarseWeapon(Extraction extraction) {
        return StrikeFigures.coarseWeapon(extraction);
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
        ArticleText lead = lead(article);
        Extraction whole = extract(lead);
        RelevanceJudge.Judgement judgement = judge.judge(lead, whole);
        List<String> bodySentences = new ArrayList<>();
        for (String sentence : Sentences.split(body)) {
            if (bodySentences.size() >= MAX_EVENT_SENTENCES) {
                break;
            }
            if (title.isEmpty() || !sentence.equalsIgnoreCase(title)) {
                bodySentences.add(sentence);
            }
        }
        if (!judgement.relevant() && lead != article) {
            // a long article whose lead does not tell an event: its passages, each as a feed item reads
            judgement = Passages.judge(judge, article, bodySentences, judgement, this::extract);
        }
        if (!judgement.relevant() || judgement.headlineKind() == null) {
            return new ArticleReading(language, false, null, judgement.confidence(), judgement.evidence(), List.of());
        }
        EventKind headlineKind = judgement.headlineKind();
        List<String> sentences = new ArrayList<>();
        if (!title.isEmpty()) {
            sentences.addAll(Sentences.split(title));
        }
        int titleCount = sentences.size();
        // the judge's sentence, or the lead's sentence that best tells an event of the kind it chose
        String kindEvidence = judgement.evidence() != null ? judgement.evidence() : leadEvidence(lead, headlineKind);
        for (String sentence : bodySentences) {
            if (sentences.size() >= MAX_EVENT_SENTENCES) {
                break;
            }
            sentences.add(sentence);
        }
        List<EventSegmenter.Segment> segments = segmenter.segment(sentences, published);
        // the headline event's confidence: the judge's relevance and how surely the rules read its facts
        Extraction headline = whole.withKind(true, headlineKind,
                Extracted.round(overall(headlineKind, judgement.confidence(), whole)), kindEvidence);
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
        return new ArticleReading(language, true, headlineKind, judgement.confidence(), kindEvidence, indexed);
    }

    /** The sentence of the title and summary that best tells an event of {@code kind}. */
    static String leadEvidence(ArticleText article, EventKind kind) {
        List<String> sentences = new ArrayList<>(Sentences.split(article.title() == null ? "" : article.title()));
        sentences.addAll(Sentences.split(article.text() == null ? "" : article.text()));
        return Vocabulary.evidence(sentences, kind);
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

        Extraction reading = new Extraction(relevant, relevant ? kind : null, Extracted.round(relevanceConfidence),
                kindEvidence, parties,
                strike.attacker, strike.target, strike.claimant, strike.attributedTo, strike.places, strike.date,
                strike.weapon, strike.models, strike.launched, strike.intercepted, strike.suppressed, strike.killed,
                strike.wounded, ceasefire.matter, ceasefire.scope, ceasefire.accuser, ceasefire.accused,
                negotiation.kind, negotiation.participants, negotiation.venue, negotiation.duration, 0, false, null,
                ceasefire.party, ceasefire.position, ceasefire.conditions, ceasefire.status, strike.categories);
        return relevant ? reading.withKind(true, kind, Extracted.round(overall(kind, relevanceConfidence, reading)),
                kindEvidence) : reading;
    }

    /**
     * Reads one event of {@code kind} from its own sentences only (the events stage decided which):
     * the facts of its kind, its date, and its confidence from {@code relevance} and how much was found.
     */
    Extraction readEvent(EventKind kind, List<String> sentences, int titleCount, Instant published,
            double relevance, boolean background) {
        String text = String.join("\n", sentences);
        StrikeFacts strike = kind == EventKind.STRIKE ? strikeFacts(sentences, titleCount, published) : new StrikeFacts();
        if (strike.attacker == null && strike.target == null && strike.claimant != null
                && ("UA".equals(strike.claimant.value()) || "RU".equals(strike.claimant.value()))) {
            // "said Ukraine's air force" of an attack with no side named: the attack the claimant's side suffered
            String own = strike.claimant.value();
            strike.target = Extracted.of(own, strike.claimant.evidence(), 0.5);
            strike.attacker = Extracted.of("UA".equals(own) ? "RU" : "UA", strike.claimant.evidence(), 0.5);
        }
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
        String kindEvidence = evidence(sentences, kind);
        Extraction reading = new Extraction(true, kind, relevance, kindEvidence, parties(text),
                strike.attacker, strike.target, strike.claimant, strike.attributedTo,
                kind == EventKind.CEASEFIRE ? ceasefire.places : strike.places, date,
                strike.weapon, strike.models, strike.launched, strike.intercepted, strike.suppressed, strike.killed,
                strike.wounded, ceasefire.matter, ceasefire.scope, ceasefire.accuser, ceasefire.accused,
                negotiation.kind, negotiation.participants, negotiation.venue, negotiation.duration, 0, background,
                null, ceasefire.party, ceasefire.position, ceasefire.conditions, ceasefire.status, strike.categories);
        double confidence = overall(kind, relevance, reading) * (background ? 0.7 : 1);
        return reading.withKind(true, kind, Extracted.round(confidence), kindEvidence);
    }

    /**
     * An event's confidence: the mean of its relevance and of how surely its kind's main facts were read
     * (0.3 for one not read).
     */
    static double overall(EventKind kind, double relevance, Extraction e) {
        List<Double> parts = new ArrayList<>();
        parts.add(relevance);
        switch (kind) {
            case STRIKE -> {
                parts.add(conf(e.attacker()));
                parts.add(conf(e.target()));
                parts.add(conf(e.date()));
                parts.add(Math.max(conf(e.launched()), Math.max(conf(e.killed()), conf(e.wounded()))));
                parts.add(e.places().isEmpty() ? 0.3 : e.places().get(0).confidence());
            }
            case CEASEFIRE -> {
                parts.add(conf(e.ceasefireMatter()));
                parts.add(conf(e.ceasefireScope()));
            }
            case NEGOTIATION -> {
                parts.add(conf(e.negotiationKind()));
                parts.add(e.participants().isEmpty() ? 0.3 : e.participants().get(0).confidence());
            }
        }
        return parts.stream().mapToDouble(Double::doubleValue).average().orElse(relevance);
    }

    private static double conf(Extracted<?> field) {
        return field == null ? 0.3 : field.confidence();
    }
}
