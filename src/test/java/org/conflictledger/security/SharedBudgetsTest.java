package org.conflictledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without a database the shared budgets fail open: requests pass, counted, and the database is not asked every time. */
class SharedBudgetsTest {

    private static final RateLimitProperties.Budget BUDGET = new RateLimitProperties.Budget(20, Duration.ofHours(1));

    @Test
    void failsOpenCountingEachRequestAndAsksTheDatabaseAgainOnlyLater() {
        JdbcClient jdbc = mock(JdbcClient.class);
        when(jdbc.sql(anyString())).thenThrow(new CannotGetJdbcConnectionException("database gone"));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        SharedBudgets budgets = new SharedBudgets(jdbc, new RateLimitProperties(true, BUDGET, BUDGET, 500), meters);

        for (int i = 0; i < 30; i++) {
            SharedBudgets.Decision decision = budgets.take("ip:10.0.0.1", BUDGET);
            assertThat(decision.allowed()).as("request %d, beyond the budget of 20 too", i).isTrue();
        }
        assertThat(budgets.take("key:other", BUDGET).allowed()).isTrue();
        assertThat(meters.counter("ledger.ratelimit.fail.open").count()).isEqualTo(31);
        // one attempt, then the retry pause: not one failing statement per request
        verify(jdbc, times(1)).sql(anyString());
    }
}
