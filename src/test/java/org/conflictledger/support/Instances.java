package org.conflictledger.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.conflictledger.ConflictLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several instances of the service on one database of their own (created here, dropped by
 * {@link #close()}), for tests of what instances share: scheduler locks, rate budgets.
 */
public final class Instances implements AutoCloseable {

    private final String database;
    private final String url;
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    /** @param prefix the database's name starts with it */
    public Instances(String prefix) {
        String shared = TestDatabase.url();
        database = prefix + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        execute(shared, "create database " + database);
        url = shared.substring(0, shared.lastIndexOf('/') + 1) + database;
    }

    /** Starts one more instance on the database, with the test keys and these extra arguments. */
    public ConfigurableApplicationContext start(String... arguments) {
        String[] common = {"--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password(), "--ledger.security.api-keys=" + Api.KEYS,
                "--spring.datasource.hikari.minimum-idle=1", "--spring.datasource.hikari.idle-timeout=10000"};
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ConflictLedgerApplication.class)
                .run(Stream.concat(Stream.of(common), Stream.of(arguments)).toArray(String[]::new));
        started.add(context);
        return context;
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Runs a statement on the instances' database. */
    public void execute(String sql) {
        execute(url, sql);
    }

    /** The first column of the first row of a query on the instances' database. */
    public long count(String sql) {
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        started.forEach(ConfigurableApplicationContext::close);
        execute(TestDatabase.url(), "drop database if exists " + database + " with (force)");
    }

    private static void execute(String jdbcUrl, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
