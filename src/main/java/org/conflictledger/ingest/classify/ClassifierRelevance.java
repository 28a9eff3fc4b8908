package org.conflictledger.ingest.classify;

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
