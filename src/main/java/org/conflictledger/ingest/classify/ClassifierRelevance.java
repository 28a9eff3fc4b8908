package org.conflictledger.ingest.classify;

import java.util.function.Supplier;

import org.conflictledger.ingest.extract.ArticleText;
import org.conflictledger.ingest.extract.Extraction;
import org.conflictledger.ingest.extract.RelevanceJudge;
import org.conflictledger.ingest.extract.RuleRelevance;

/**
 * The service's relevance judge: the trained classifier keeps or drops an article and names its
 * headline kind; a few rule readings of high precision ({@link RuleOverride}) keep an item whatever its score. The rules
 * keep reading the events and their facts after it.
 */
public final class ClassifierRelevance implements RelevanceJudge {

    private final EventClassifier classifier;

    public ClassifierRelevance(EventClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * The judge a setting of {@code ledger.extraction.relevance} names: {@code classifier} (the committed
     * model, loaded here) or {@code rules}. The service and {@code extract-eval} both take theirs from here.
     */
    public static RelevanceJudge forSetting(String relevance) {
        return switch (relevance == null ? "" : relevance.strip()) {
            // the committed model, waited for at the first judgement (or by the service at the end of start-up)
            case "classifier" -> new ClassifierRelevance((article, rules) -> LinearEventClassifier.committed()
                    .classify(article, rules));
            case "rules" -> new RuleRelevance();
            default -> throw new IllegalArgumentException(
                    "ledger.extraction.relevance is 'classifier' or 'rules', not '" + relevance + "'");
        };
    }

    /**
     * A passage of a long article is kept at this probability, stricter than the model's threshold for a
     * whole item (0.771): an article offers the model many passages, so many chances of a stray high score.
     * Chosen on the tuned whole articles (README, "Events"): 0.771 and 0.85 keep the same articles there.
     */
    static final double PASSAGE_THRESHOLD = 0.85;

    /**
     * Below this probability without the rules' hits, a passage is not read by the rules at all (reading
     * is most of a passage's cost). On the tuned whole articles every passage scoring 0.85 or more with the
     * rules' hits scored 0.21 or more without them, and none under 0.02 reached 0.34 with them.
     */
    static final double PASSAGE_FLOOR = 0.02;

    /**
     * A passage is kept by the model alone at {@link #PASSAGE_THRESHOLD}; the rule overrides, measured on
     * feed items, are not applied to passages.
     */
    @Override
    public Judgement judgePassage(ArticleText passage, Supplier<Extraction> read) {
        Classification unread = classifier.classify(passage, null);
        if (unread.probability() < PASSAGE_FLOOR) {
            return new Judgement(false, null, unread.probability(), null);
        }
        Extraction rules = read.get();
        Classification c = classifier.classify(passage, rules);
        if (c.probability() < PASSAGE_THRESHOLD) {
            return new Judgement(false, null, c.probability(), null);
        }
        String evidence = rules.kind() == c.kind() ? rules.kindEvidence() : null;
        return new Judgement(true, c.kind(), c.probability(), evidence);
    }

    @Override
    public Judgement judge(ArticleText article, Extraction rules) {
        Classification c = classifier.classify(article, rules);
        RuleOverride override = RuleOverride.of(rules);
        if (override != null) {
            // the rules read a report of the override's kind: their sentence tells it
            return new Judgement(true, override.kind(), Math.max(c.probability(), rules.confidence()),
                    rules.kindEvidence());
        }
        if (!c.relevant()) {
            return new Judgement(false, null, c.probability(), null);
        }
        // the rules' sentence when they read the same kind; otherwise the extractor finds one for it
        String evidence = rules.kind() == c.kind() ? rules.kindEvidence() : null;
        return new Judgement(true, c.kind(), c.probability(), evidence);
    }
}
