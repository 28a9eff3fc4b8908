package org.conflictledger.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Tries the database once before the context starts, so that an unreachable PostgreSQL is reported
 * in one clear message instead of pages of pool and migration stack traces.
 */
public class DatabaseStartupCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment env = context.getEnvironment();
        if (!env.getProperty("ledger.db.startup-check", Boolean.class, true)) {
            return;
        }
        String url = env.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        Properties props = new Properties();
        String user = env.getProperty("spring.datasource.username");
        String password = env.getProperty("spring.datasource.password");
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "5");
        try (Connection ignored = DriverManager.getConnection(url, props)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(url, e.getMessage());
        }
    }

    /** Thrown when the start-up check cannot open a connection. */
    public static class DatabaseUnreachableException extends RuntimeException {

        DatabaseUnreachableException(String url, String reason) {
            super("Cannot connect to PostgreSQL at " + url + ": " + reason);
        }
    }

    /** Reports the unreachable database in a few lines, without a stack trace. */
    public static class Analyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
            return new FailureAnalysis(cause.getMessage(),
                    "Start PostgreSQL (localhost:5432 by default) or point SPRING_DATASOURCE_URL, "
                            + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD at a reachable server.",
                    cause);
        }
    }
}
