package org.conflictledger.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

class DatabaseStartupCheckTest {

    @Test
    void reportsAnUnreachableDatabaseInOneMessageWithoutATrace() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/nowhere",
                        "spring.datasource.username", "postgres")));
        assertThatThrownBy(() -> new DatabaseStartupCheck().initialize(context))
                .isInstanceOf(DatabaseStartupCheck.DatabaseUnreachableException.class)
                .hasMessageContaining("Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/nowhere")
                .satisfies(e -> {
                    FailureAnalysis analysis = new DatabaseStartupCheck.Analyzer().analyze(e);
                    assertThat(analysis.getDescription()).doesNotContain("\n");
                    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
                });
    }
}
