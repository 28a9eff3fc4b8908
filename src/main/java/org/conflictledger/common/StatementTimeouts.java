package org.conflictledger.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lifts the API's statement timeout for the current transaction, for work that is long by nature:
 * streamed exports and bulk imports. Both the server-side {@code statement_timeout} (transaction-local)
 * and the client-side socket timeout of the connection are raised to {@code ledger.db.limits.long-statement-timeout};
 * the pool restores the socket timeout when the connection is returned. Work that cannot run in a
 * transaction at all (VACUUM) gets the same limits on a connection of its own: {@link #outsideTransaction}.
 */
@Component
public class StatementTimeouts {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DatabaseLimits limits;

    public StatementTimeouts(JdbcClient jdbc, DataSource dataSource, DatabaseLimits limits) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.limits = limits;
    }

    /** Statements run by {@link #outsideTransaction}. */
    @FunctionalInterface
    public interface LongWork {
        void run(Statement statement) throws SQLException;
    }

    /**
     * Runs {@code work} on a pooled connection in auto-commit, outside any transaction, with the long limits
     * on both sides; the session's {@code statement_timeout} is reset (to the pool's) before the connection
     * goes back, and the pool restores its socket timeout. SQL errors come out as Spring's data-access
     * exceptions.
     */
    public void outsideTransaction(LongWork work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("outsideTransaction() must not run in a transaction: it would share its connection");
        }
        long millis = limits.longStatementTimeout().toMillis();
        new JdbcTemplate(dataSource).execute((ConnectionCallback<Void>) connection -> {
            connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, millis + 30_000));
            try (Statement statement = connection.createStatement()) {
                statement.execute("set statement_timeout = " + millis);
                try {
                    work.run(statement);
                } finally {
                    statement.execute("reset statement_timeout");
                }
            }
            return null;
        });
    }

    /** Call inside the transaction of the long work, before its first long statement. */
    public void allowLongStatements() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("allowLongStatements() needs a transaction: the limit is transaction-local");
        }
        long millis = limits.longStatementTimeout().toMillis();
        jdbc.sql("select set_config('statement_timeout', ?, true)").param(millis + "ms").query(String.class).single();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, millis + 30_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot raise the connection's network timeout", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
