package org.conflictledger.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work outside any transaction (VACUUM) gets the long limits on a connection of its own, and the connection
 * goes back to the pool with the short ones, also when the work failed.
 */
class StatementTimeoutsIT extends IntegrationTest {

    // the session's statement_timeout in milliseconds
    private static final String TIMEOUT_MS = "select setting from pg_settings where name = 'statement_timeout'";

    @Autowired
    StatementTimeouts timeouts;

    @Autowired
    DataSource dataSource;

    @Autowired
    DatabaseLimits limits;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void raisesBothLimitsForTheWorkAndResetsThemAfterAFailingStatement() throws SQLException {
        String shortLimit = String.valueOf(limits.statementTimeout().toMillis());
        int shortSocket = socketTimeoutOfAnyConnection();
        long longMillis = limits.longStatementTimeout().toMillis();
        assertThat(shortLimit).as("the pool's limit").isNotEqualTo(String.valueOf(longMillis));

        long[] pid = new long[1];
        String[] during = new String[1];
        int[] socketDuring = new int[1];
        assertThatThrownBy(() -> timeouts.outsideTransaction(statement -> {
            pid[0] = single(statement, "select pg_backend_pid()");
            during[0] = text(statement, TIMEOUT_MS);
            socketDuring[0] = statement.getConnection().getNetworkTimeout();
            statement.execute("select 1 / 0");
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("division by zero");

        assertThat(during[0]).isEqualTo(String.valueOf(longMillis));
        assertThat((long) socketDuring[0]).as("socket timeout during the work").isGreaterThan(longMillis);
        // the same connection, back in the pool
        List<Connection> held = new ArrayList<>();
        try {
            Connection same = null;
            int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            while (same == null && held.size() < poolSize) {
                Connection next = dataSource.getConnection();
                held.add(next);
                try (Statement statement = next.createStatement()) {
                    if (single(statement, "select pg_backend_pid()") == pid[0]) {
                        same = next;
                    }
                }
            }
            assertThat(same).as("the work's connection, borrowed again").isNotNull();
            try (Statement statement = same.createStatement()) {
                assertThat(text(statement, TIMEOUT_MS)).isEqualTo(shortLimit);
            }
            assertThat(same.getNetworkTimeout()).isEqualTo(shortSocket);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void everyIdleConnectionOfThePoolHasTheRequestLimitOnceMigrated() throws SQLException {
        // Flyway's connections ran the migrations without a limit (spring.flyway.init-sqls) and went back to the pool
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        int idle = pool.getHikariPoolMXBean().getIdleConnections();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < idle; i++) {
                held.add(dataSource.getConnection());
            }
            for (Connection connection : held) {
                try (Statement statement = connection.createStatement()) {
                    assertThat(text(statement, TIMEOUT_MS)).as("statement_timeout of a pooled connection (ms)")
                            .isEqualTo(String.valueOf(limits.statementTimeout().toMillis()));
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(idle).as("idle connections looked at").isPositive();
    }

    @Test
    void refusesToRunInsideATransaction() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                timeouts.outsideTransaction(statement -> statement.execute("select 1"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must not run in a transaction");
    }

    private int socketTimeoutOfAnyConnection() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getNetworkTimeout();
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
