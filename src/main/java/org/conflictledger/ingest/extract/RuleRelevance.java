package org.conflictledger.ingest.extract;

/** The rules' decision: relevance and headline kind as the whole-article reading scored them. */
public final class RuleRelevance implements RelevanceJudge {

    @Override
    public Judgement judge(ArticleText article, Extraction rules) {
        return new Judgement(rules.relevant(), rules.relevant() ? rules.kind() : null, rules.confidence(),
                rules.kindEvidence());
    }
}
