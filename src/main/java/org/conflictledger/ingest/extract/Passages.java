package org.conflictledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A long article's relevance, passage by passage: when the lead (title and first sentences) is not judged
 * relevant, the article is read in passages of {@value #SIZE} sentences, each beside the title, one
 * after another, and the first passage the judge keeps decides (its headline kind, its
 * confidence). A whole article often opens with comment, context or another story and tells its event
 * further down, where a judge of the whole lead sees it diluted; a short passage reads as a feed item
 * does. Only texts longer than the lead are read this way: a feed item is judged on its lead alone.
 * The judge decides how strictly it reads a passage ({@link RelevanceJudge#judgePassage}); a judge that
 * does not read passages leaves the lead's judgement standing.
 */
final class Passages {

    /** Sentences of one passage: about a feed item's summary. */
    static final int SIZE = 3;

    /**
     * A passage starts every this many sentences: passages do not overlap. Overlapping ones (every second
     * sentence) kept the same tuned articles at half as many more judgements.
     */
    static final int STEP = 3;

    private Passages() {
    }

    /**
     * The first passage of {@code body} (the article's sentences after its title, at most
     * {@code maxSentences}) that {@code judge} keeps, or {@code lead} when none is kept or the judge reads
     * no passages. {@code rules} reads a passage with the rules, asked only when the judge needs them.
     */
    static RelevanceJudge.Judgement judge(RelevanceJudge judge, ArticleText article, List<String> body,
            RelevanceJudge.Judgement lead, Function<ArticleText, Extraction> rules) {
        for (int from = 0; from < body.size(); from += STEP) {
            List<String> sentences = body.subList(from, Math.min(body.size(), from + SIZE));
            ArticleText passage = new ArticleText(article.title(), String.join(" ", sentences), article.published());
            RelevanceJudge.Judgement judgement = judge.judgePassage(passage, () -> rules.apply(passage));
            if (judgement == null) {
                return lead;
            }
            if (judgement.relevant() && judgement.headlineKind() != null) {
                if (judgement.evidence() != null) {
                    return judgement;
                }
                // the passage's own sentence that best tells an event of the kind judged
                List<String> own = new ArrayList<>(sentences);
                return new RelevanceJudge.Judgement(true, judgement.headlineKind(), judgement.confidence(),
                        Vocabulary.evidence(own, judgement.headlineKind()));
            }
            if (from + SIZE >= body.size()) {
                break;
            }
        }
        return lead;
    }
}
