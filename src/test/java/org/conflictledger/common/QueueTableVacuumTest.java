package org.conflictledger.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scheduled tick outlives a failing database: the next tick tries again, and only a real fault is a warning. */
@ExtendWith(OutputCaptureExtension.class)
class QueueTableVacuumTest {

    private final JdbcClient jdbc = mock(JdbcClient.class);
    private final QueueTableVacuum vacuum = new QueueTableVacuum(jdbc, mock(StatementTimeouts.class), 100);

    @Test
    void anUnreachableDatabaseSkipsTheTickQuietly(CapturedOutput output) {
        when(jdbc.sql(anyString())).thenThrow(new DataAccessResourceFailureException("connection refused"));

        assertThatNoException().isThrownBy(vacuum::tick);
        // a debug line only (not shown at the default level): no warning every 15 s while the database is away
        assertThat(output).doesNotContain("Queue vacuum failed").doesNotContain("WARN");
    }

    @Test
    void anyOtherFailureIsAWarningWithItsCauseAndTheTickEndsNormally(CapturedOutput output) {
        when(jdbc.sql(anyString())).thenThrow(new BadSqlGrammarException("vacuum", "select",
                new java.sql.SQLException("relation \"duplicate_queue\" does not exist", "42P01")));

        assertThatNoException().isThrownBy(vacuum::tick);
        assertThat(output).contains("WARN").contains("Queue vacuum failed; the next tick tries again")
                .contains("relation \"duplicate_queue\" does not exist")
                .doesNotContain("the database is unavailable");
    }
}
