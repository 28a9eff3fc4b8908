package org.conflictledger.ingest.classify;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the committed classifier model once, at start-up (about 1 MB gzip'd, 74,000 features). */
@Configuration(proxyBeanMethods = false)
class ClassifierConfiguration {

    @Bean
    EventClassifier eventClassifier() {
        return LinearEventClassifier.load();
    }
}
