package org.conflictledger.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.conflictledger.ingest.extract.ArticleReading;
import org.conflictledger.ingest.extract.ArticleText;
import org.conflictledger.ingest.extract.Extractor;
import org.conflictledger.ingest.extract.RelevanceJudge;
import org.conflictledger.ingest.extract.RuleRelevance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The service's extractor is judged by the classifier unless {@code ledger.extraction.relevance=rules},
 * and {@code extract-eval} builds the same judge from the same setting, so that its predictions are the
 * service's.
 */
class RelevanceWiringTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withUserConfiguration(ClassifierConfiguration.class, Extractor.class);

    private static final List<ArticleText> ITEMS = List.of(
            new ArticleText("Russian drones hit Kharkiv apartment block, wounding three",
                    "Russian drones struck an apartment block in Kharkiv overnight, wounding three people, the"
                            + " regional governor said.", Instant.parse("2025-03-10T08:00:00Z")),
            new ArticleText("Ukrainian and Russian delegations hold new round of talks in Istanbul",
                    "The delegations met in Istanbul on Tuesday for a new round of peace talks, Turkey's foreign"
                            + " minister said.", Instant.parse("2025-05-16T08:00:00Z")),
            new ArticleText("Zelensky says Ukraine is ready for an unconditional 30-day ceasefire",
                    "Ukraine would accept a 30-day ceasefire on land, at sea and in the air if Russia did the same,"
                            + " President Volodymyr Zelensky said.", Instant.parse("2025-05-11T08:00:00Z")),
            new ArticleText("Kyiv's theatres reopen for the winter season",
                    "Audiences returned to the capital's theatres on Saturday as the winter season opened.",
                    Instant.parse("2025-11-01T08:00:00Z")));

    @Test
    void theServiceJudgesWithTheClassifierByDefault() {
        service.run(context -> {
            assertThat(context).hasSingleBean(RelevanceJudge.class);
            assertThat(context.getBean(RelevanceJudge.class)).isInstanceOf(ClassifierRelevance.class);
        });
    }

    @Test
    void theRulesSettingJudgesWithTheRules() {
        service.withPropertyValues("ledger.extraction.relevance=rules").run(context ->
                assertThat(context.getBean(RelevanceJudge.class)).isInstanceOf(RuleRelevance.class));
    }

    @Test
    void anUnknownSettingStopsTheStart() {
        service.withPropertyValues("ledger.extraction.relevance=model").run(context ->
                assertThat(context).hasFailed());
    }

    @Test
    void theEvaluationCommandReadsEveryItemAsTheServiceDoes() {
        service.run(context -> {
            Extractor serviceExtractor = context.getBean(Extractor.class);
            Extractor evalExtractor = ExtractEvalCommand.extractor("classifier");
            Extractor rulesOnly = new Extractor();
            int differFromRules = 0;
            for (ArticleText item : ITEMS) {
                ArticleReading s = serviceExtractor.read(item);
                ArticleReading e = evalExtractor.read(item);
                assertThat(e.relevant()).isEqualTo(s.relevant());
                assertThat(e.headlineKind()).isEqualTo(s.headlineKind());
                assertThat(e.relevance()).isEqualTo(s.relevance());
                assertThat(e.events()).isEqualTo(s.events());
                differFromRules += rulesOnly.read(item).relevance() == s.relevance() ? 0 : 1;
            }
            // the service's confidence is the classifier's probability, not the rules' score
            assertThat(differFromRules).isPositive();
        });
    }
}
