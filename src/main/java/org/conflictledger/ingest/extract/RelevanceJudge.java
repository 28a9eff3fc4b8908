package org.conflictledger.ingest.extract;

/**
 * Where the pipeline decides whether an article reports the war and what kind its headline event is.
 * The rules ({@link RuleRelevance}) implement it today; a trained classifier can take their place
 * without touching the stages after it (events, facts, candidates).
 */
public interface RelevanceJudge {

    /**
     * @param article the article as read
     * @param rules   what the rules read in the article taken as one report (their relevance, kind and
     *                confidence are the rules' decision; a classifier may ignore them)
     */
    Judgement judge(ArticleText article, Extraction rules);

    /** Relevant or not, the headline kind (null when irrelevant), a confidence 0–1 and the sentence that decided. */
    record Judgement(boolean relevant, EventKind headlineKind, double confidence, String evidence) {
    }
}
