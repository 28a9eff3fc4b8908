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
        ConfigurableApplicationContext context = service(url, arguments);
        started.add(context);
        return context;
    }

    /**
     * The service on the database at {@code jdbcUrl}: a random port, the test database's credentials, the
     * test keys and the test pool settings, then {@code arguments}. Command-line arguments, so that they
     * win over application.yml.
     */
    public static ConfigurableApplicationContext service(String jdbcUrl, String... arguments) {
        Stream<String> common = Stream.concat(Stream.of("--server.port=0", "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password(), "--ledger.security.api-keys=" + Api.KEYS),
                TestDatabase.POOL.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()));
        return new SpringApplicationBuilder(ConflictLedgerApplication.class)
                .run(Stream.concat(common, Stream.of(arguments)).toArray(String[]::new));
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
