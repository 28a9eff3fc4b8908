package org.conflictledger.ingest.classify;

import org.conflictledger.ingest.extract.RelevanceJudge;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The extractor's relevance judge ({@code ledger.extraction.relevance}): the trained classifier by
 * default, its model loaded once at start-up (about 1 MB gzip'd); {@code rules} loads no model.
 */
@Configuration(proxyBeanMethods = false)
class ClassifierConfiguration {

    @Bean
    RelevanceJudge relevanceJudge(@Value("${ledger.extraction.relevance:classifier}") String relevance) {
        return ClassifierRelevance.forSetting(relevance);
    }
}
