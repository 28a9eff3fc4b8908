package org.conflictledger.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.conflictledger.ingest.extract.ArticleText;
import org.conflictledger.ingest.extract.Extraction;
import org.conflictledger.ingest.extract.Extractor;
import org.conflictledger.ingest.extract.RelevanceJudge;
import org.conflictledger.ingest.extract.RuleRelevance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The model is read beside the context's start-up, not after it: the context is not ready before the
 * model is read, and the judge it gives decides as the committed model does.
 */
class ClassifierPreloadTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(new ClassifierPreload())
            .withUserConfiguration(ClassifierConfiguration.class);

    @Test
    void contextIsReadyOnlyOnceTheModelIsReadAndJudgesAsTheCommittedModel() {
        service.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(LinearEventClassifier.loading()).isCompleted();
            RelevanceJudge judge = context.getBean(RelevanceJudge.class);
            assertThat(judge).isInstanceOf(ClassifierRelevance.class);
            ArticleText text = new ArticleText("Russian missile strike on Dnipro kills three",
                    "A Russian missile hit an apartment block in Dnipro overnight, killing three people.",
                    Instant.parse("2025-03-10T08:00:00Z"));
            Extraction reading = new Extractor().extract(text);
            RelevanceJudge.Judgement expected = new ClassifierRelevance(LinearEventClassifier.load()).judge(text, reading);
            assertThat(judge.judge(text, reading)).isEqualTo(expected);
        });
    }

    @Test
    void rulesSettingGivesTheRulesJudge() {
        service.withPropertyValues("ledger.extraction.relevance=rules")
                .run(context -> assertThat(context.getBean(RelevanceJudge.class)).isInstanceOf(RuleRelevance.class));
    }

    @Test
    void onlyTheClassifierSettingReadsTheModel() {
        assertThat(ClassifierPreload.usesModel("classifier")).isTrue();
        assertThat(ClassifierPreload.usesModel(" classifier ")).isTrue();
        assertThat(ClassifierPreload.usesModel("rules")).isFalse();
        assertThat(ClassifierPreload.usesModel(null)).isFalse();
    }
}
