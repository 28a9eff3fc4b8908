package org.conflictledger.ingest.extract;

import tools.jackson.databind.JsonNode;

/**
 * The evaluation's judge that takes relevance and the headline kind from the label of the item being
 * read ({@code extract-eval -Drelevance=labels}): the events and facts are then scored apart from the
 * relevance decision. Never used by the service. Not thread-safe: the evaluation reads one item at a time.
 */
public final class LabelRelevance implements RelevanceJudge {

    private JsonNode label;

    /** The label of the item read next. */
    void expect(JsonNode label) {
        this.label = label;
    }

    @Override
    public Judgement judge(ArticleText article, Extraction rules) {
        boolean relevant = label != null && label.path("relevant").asBoolean(false);
        String kind = label == null ? null : label.path("kind").asString(null);
        if (!relevant || kind == null) {
            return new Judgement(false, null, 0.0, null);
        }
        return new Judgement(true, EventKind.valueOf(kind), 1.0, null);
    }
}
