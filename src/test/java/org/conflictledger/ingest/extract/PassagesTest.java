package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * A long article whose lead the judge drops is read passage by passage, each beside the title; the first
 * passage the judge keeps decides. Feed items (no longer than the lead) and judges that read no passages
 * keep the lead's judgement.
 */
class PassagesTest {

    private static final Instant MORNING = Instant.parse("2025-06-14T06:00:00Z");
    private static final String TITLE = "What the week held for Ukraine's economy";
    private static final String STRIKE = "Russian drones struck an energy facility in Kharkiv overnight, wounding three"
            + " workers, the regional governor said.";

    /** Comment for {@code before} sentences, the strike, then comment for {@code after} sentences. */
    private static ArticleText article(int before, int after) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= before; i++) {
            body.append("Economists said in note ").append(i).append(" that the harvest was better than feared. ");
        }
        body.append(STRIKE);
        for (int i = 1; i <= after; i++) {
            body.append(" Bankers said in note ").append(i).append(" that lending had picked up.");
        }
        return new ArticleText(TITLE, body.toString(), MORNING);
    }

    /** Drops every lead; keeps the passage that tells the strike; remembers what it was asked. */
    private static final class PassageJudge implements RelevanceJudge {

        final List<ArticleText> passages = new ArrayList<>();
        int leads;
        int rulesRead;

        @Override
        public Judgement judge(ArticleText article, Extraction rules) {
            leads++;
            return new Judgement(false, null, 0.1, null);
        }

        @Override
        public Judgement judgePassage(ArticleText passage, Supplier<Extraction> rules) {
            passages.add(passage);
            if (!passage.text().contains("drones struck")) {
                return new Judgement(false, null, 0.05, null);
            }
            Extraction reading = rules.get();
            rulesRead++;
            return new Judgement(true, reading.kind(), 0.9, null);
        }
    }

    @Test
    void keepsALongArticleWhosePassageTellsTheEventWithThatPassagesKindAndSentence() {
        PassageJudge judge = new PassageJudge();

        ArticleReading reading = new Extractor(judge).read(article(12, 10));

        assertThat(reading.relevant()).isTrue();
        assertThat(reading.headlineKind()).isEqualTo(EventKind.STRIKE);
        assertThat(reading.relevance()).isEqualTo(0.9);
        assertThat(reading.kindEvidence()).isEqualTo(STRIKE);
        assertThat(reading.events()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.STRIKE);
            assertThat(e.places()).isNotEmpty();
        });
        // passages of three sentences beside the title, one after another, read in order until one is
        // kept: the strike is the 13th sentence, the first of the fifth passage
        assertThat(judge.passages).allSatisfy(p -> assertThat(p.title()).isEqualTo(TITLE));
        assertThat(judge.passages).hasSize(5);
        assertThat(Sentences.split(judge.passages.get(0).text())).hasSize(Passages.SIZE)
                .first().asString().contains("note 1 ");
        assertThat(judge.passages.get(1).text()).startsWith("Economists said in note 4 ");
        assertThat(judge.passages.get(4).text()).startsWith(STRIKE).contains("Bankers said in note 2 ");
        assertThat(judge.rulesRead).isEqualTo(1);
    }

    @Test
    void aLongArticleWithNoPassageKeptStaysDroppedWithTheLeadsJudgement() {
        PassageJudge judge = new PassageJudge();
        ArticleText noStrike = new ArticleText(TITLE, article(12, 10).text().replace(STRIKE, "Markets were calm."),
                MORNING);

        ArticleReading reading = new Extractor(judge).read(noStrike);

        assertThat(reading.relevant()).isFalse();
        assertThat(reading.events()).isEmpty();
        assertThat(reading.relevance()).isEqualTo(0.1);
        // 23 sentences: passages from the 1st, 4th, … 22nd (the last one of two sentences)
        assertThat(judge.passages).hasSize(8);
        assertThat(judge.passages.get(7).text()).endsWith("note 10 that lending had picked up.");
        assertThat(judge.rulesRead).isZero();
    }

    @Test
    void aFeedItemIsJudgedOnItsLeadAlone() {
        PassageJudge judge = new PassageJudge();

        ArticleReading reading = new Extractor(judge).read(article(2, 2));

        assertThat(reading.relevant()).isFalse();
        assertThat(judge.leads).isEqualTo(1);
        assertThat(judge.passages).isEmpty();
    }

    @Test
    void aJudgeThatReadsNoPassagesLeavesTheLeadsJudgementStanding() {
        RelevanceJudge leadOnly = (article, rules) -> new RelevanceJudge.Judgement(false, null, 0.3, null);

        ArticleReading reading = new Extractor(leadOnly).read(article(12, 10));

        assertThat(reading.relevant()).isFalse();
        assertThat(reading.relevance()).isEqualTo(0.3);
    }
}
