package org.conflictledger.ingest.classify;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Starts reading the classifier's model before the application context is built, when the service's
 * relevance judge is the classifier: reading the weights (most of the classifier's start-up cost) then
 * runs beside Flyway, Hibernate and the web server instead of after them. Registered in
 * {@code META-INF/spring.factories}, first of the initializers (before the database check's round trip).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClassifierPreload implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (usesModel(context.getEnvironment().getProperty("ledger.extraction.relevance", "classifier"))) {
            LinearEventClassifier.loading();
        }
    }

    static boolean usesModel(String relevance) {
        return relevance != null && "classifier".equals(relevance.strip());
    }
}
