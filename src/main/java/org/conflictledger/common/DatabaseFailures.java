package org.conflictledger.common;

import java.sql.SQLException;

/** Tells database failures apart by their causes, so that none of them reaches a client as a 500. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * The database cannot be reached or the connection broke: no connection from the pool, a socket
     * error, SQLState class 08 (connection exception) or 57P (operator intervention, e.g. shutdown).
     */
    public static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.SocketException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // the pool's proxy of a connection it already closed as broken (seen on rollback after a cut)
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && (sql.getMessage().contains("Connection is closed")
                            || sql.getMessage().contains("connection has been closed"))) {
                return true;
            }
        }
        return false;
    }

    /** Some cause is an SQLException with this SQLState (57014: statement timeout; 40P01: deadlock). */
    public static boolean hasSqlState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
