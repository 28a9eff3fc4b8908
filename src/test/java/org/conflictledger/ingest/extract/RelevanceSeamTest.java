package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The pipeline obeys its relevance judge: events are read only from an article the judge keeps, and
 * the headline kind is the judge's, whatever the rules would have decided.
 */
class RelevanceSeamTest {

    private static final Instant MORNING = Instant.parse("2025-06-14T06:00:00Z");
    private static final ArticleText STRIKE_AND_TALKS = new ArticleText(
            "Russian drones hit Kharkiv as envoys meet in Istanbul",
            "Russian drones struck Kharkiv overnight, wounding three people, the regional governor said."
                    + " Separately, Ukrainian and Russian delegations met in Istanbul for a new round of peace talks.",
            MORNING);

    private static Extractor judgedBy(RelevanceJudge judge) {
        return new Extractor(judge);
    }

    @Test
    void readsNoEventsFromAnArticleTheJudgeDropsThoughTheRulesKeepIt() {
        assertThat(new Extractor().read(STRIKE_AND_TALKS).relevant()).isTrue();

        ArticleReading reading = judgedBy((a, r) -> new RelevanceJudge.Judgement(false, null, 0.2, null))
                .read(STRIKE_AND_TALKS);

        assertThat(reading.relevant()).isFalse();
        assertThat(reading.headlineKind()).isNull();
        assertThat(reading.events()).isEmpty();
        assertThat(reading.relevance()).isEqualTo(0.2);
    }

    @Test
    void takesTheHeadlineKindFromTheJudgeAndFindsItsSentenceWhenTheJudgeGivesNone() {
        assertThat(new Extractor().read(STRIKE_AND_TALKS).headlineKind()).isEqualTo(EventKind.STRIKE);

        ArticleReading reading = judgedBy((a, r) -> new RelevanceJudge.Judgement(true, EventKind.NEGOTIATION, 0.8, null))
                .read(STRIKE_AND_TALKS);

        assertThat(reading.relevant()).isTrue();
        assertThat(reading.headlineKind()).isEqualTo(EventKind.NEGOTIATION);
        assertThat(reading.headline().kind()).isEqualTo(EventKind.NEGOTIATION);
        assertThat(reading.kinds()).contains(EventKind.STRIKE, EventKind.NEGOTIATION);
        assertThat(reading.relevance()).isEqualTo(0.8);
        assertThat(reading.kindEvidence()).contains("round of peace talks");
    }

    @Test
    void theJudgeReadsTheTitleAndLeadAsAFeedItemReadsAndTheRulesReadingOfThem() {
        StringBuilder body = new StringBuilder("Russian missiles struck Odesa overnight, the governor said.");
        for (int i = 1; i <= 20; i++) {
            body.append(" Paragraph ").append(i).append(" tells more about the city's history.");
        }
        ArticleText longArticle = new ArticleText("Missiles hit Odesa", body.toString(), MORNING);
        ArticleText[] seen = new ArticleText[1];
        Extraction[] rules = new Extraction[1];

        judgedBy((a, r) -> {
            seen[0] = a;
            rules[0] = r;
            return new RelevanceJudge.Judgement(false, null, 0.1, null);
        }).read(longArticle);

        assertThat(Sentences.split(seen[0].text())).hasSize(Extractor.LEAD_SENTENCES + 1);
        assertThat(seen[0].title()).isEqualTo("Missiles hit Odesa");
        assertThat(rules[0].relevant()).isTrue();
        assertThat(rules[0].kind()).isEqualTo(EventKind.STRIKE);
    }
}
