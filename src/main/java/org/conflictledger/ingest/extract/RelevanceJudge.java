package org.conflictledger.ingest.extract;

import java.util.function.Supplier;

/**
 * Where the pipeline decides whether an article reports the war and what kind its headline event is.
 * The service's judge is the trained classifier ({@code ingest.classify}, with a few rule overrides);
 * {@link RuleRelevance} is the rules' own decision (property {@code ledger.extraction.relevance=rules}).
 * The stages after it (events, facts, candidates) are the same whichever judges.
 */
public interface RelevanceJudge {

    /**
     * @param article the article as read
     * @param rules   what the rules read in the article taken as one report (their relevance, kind and
     *                confidence are the rules' decision; a classifier may ignore them)
     */
    Judgement judge(ArticleText article, Extraction rules);

    /**
     * Whether one passage of a long article (its title and a few of its sentences, see {@link Passages})
     * tells an event clearly enough to keep the article; null when this judge does not read passages (the
     * lead's judgement stands). {@code rules} reads the passage with the rules when asked.
     */
    default Judgement judgePassage(ArticleText passage, Supplier<Extraction> rules) {
        return null;
    }

    /**
     * Relevant or not, the headline kind (null when irrelevant), a confidence 0–1 and the sentence that
     * decided (null: the extractor takes the sentence of the lead that best tells an event of that kind).
     */
    record Judgement(boolean relevant, EventKind headlineKind, double confidence, String evidence) {
    }
}
