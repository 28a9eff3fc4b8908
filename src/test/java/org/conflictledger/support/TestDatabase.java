package org.conflictledger.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL of this test run: a Testcontainers server when Docker is available, otherwise a
 * fresh database of its own on the local server (LEDGER_TEST_DB_URL, default localhost:5432),
 * dropped when the run ends. Never H2.
 */
public final class TestDatabase {

    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        start();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
        POOL.forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * Pools of test contexts keep one idle connection instead of the service's sixteen: Spring keeps up
     * to 32 contexts cached, and sixteen each would pass PostgreSQL's default 100 connections.
     */
    public static final java.util.Map<String, String> POOL = java.util.Map.of(
            "spring.datasource.hikari.minimum-idle", "1",
            "spring.datasource.hikari.idle-timeout", "10000");

    public static synchronized String url() {
        start();
        return url;
    }

    public static synchronized String user() {
        start();
        return user;
    }

    public static synchronized String password() {
        start();
        return password;
    }

    private static void start() {
        if (url != null) {
            return;
        }
        if (!"true".equals(System.getenv("LEDGER_TEST_NO_DOCKER")) && dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            url = container.getJdbcUrl();
            user = container.getUsername();
            password = container.getPassword();
            return;
        }
        String server = System.getenv().getOrDefault("LEDGER_TEST_DB_URL", "jdbc:postgresql://localhost:5432/postgres");
        user = System.getenv().getOrDefault("LEDGER_TEST_DB_USER", "postgres");
        password = System.getenv().getOrDefault("LEDGER_TEST_DB_PASSWORD", "");
        String name = "ledger_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        execute(server, "create database " + name);
        url = server.substring(0, server.lastIndexOf('/') + 1) + name;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(server, "drop database if exists " + name + " with (force)");
            } catch (RuntimeException ignored) {
                // the server may be gone already; a leftover test database is harmless
            }
        }));
    }

    private static boolean dockerAvailable() {
        // ask Testcontainers only when a Docker endpoint may exist: its probe logs errors when none does
        boolean socket = java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
        if (!socket && System.getenv("DOCKER_HOST") == null) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    private static void execute(String server, String sql) {
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database at " + server + ": " + e.getMessage(), e);
        }
    }
}
