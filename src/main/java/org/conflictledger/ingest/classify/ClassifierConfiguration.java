package org.conflictledger.ingest.classify;

import org.conflictledger.ingest.extract.RelevanceJudge;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The extractor's relevance judge ({@code ledger.extraction.relevance}): the trained classifier by
 * default, its model loaded once at start-up (about 1 MB gzip'd); {@code rules} loads no model. The
 * model is read on a thread of its own from before the context is built ({@link ClassifierPreload}); the
 * context is not ready until it is read, and a missing or bad model still fails start-up.
 */
@Configuration(proxyBeanMethods = false)
class ClassifierConfiguration {

    @Bean
    RelevanceJudge relevanceJudge(@Value("${ledger.extraction.relevance:classifier}") String relevance) {
        return ClassifierRelevance.forSetting(relevance);
    }

    /** Waits, once every other singleton is built, for the model read in the background. */
    @Bean
    SmartInitializingSingleton classifierModelRead(@Value("${ledger.extraction.relevance:classifier}") String relevance) {
        return () -> {
            if (ClassifierPreload.usesModel(relevance)) {
                LinearEventClassifier.committed();
            }
        };
    }
}
