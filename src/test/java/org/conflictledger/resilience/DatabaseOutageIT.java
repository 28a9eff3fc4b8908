package org.conflictledger.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictledger.support.Api;
import org.conflictledger.support.Records;
import org.conflictledger.support.TcpProxy;
import org.conflictledger.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away while a client writes, and comes back: the service answers 503 problem+json
 * within seconds (never a hang, never a 500), readiness goes DOWN while liveness stays UP, it recovers
 * without a restart, and every write it acknowledged is in the database; the feed scheduler skips its
 * ticks meanwhile, one at a time, and ticks again when the database is back. The datasource runs
 * through a TCP proxy that the test cuts and restores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.security.api-keys=" + Api.KEYS, "ledger.feeds.tick=PT0.5S",
            "ledger.feeds.initial-delay=PT0S"})
@DirtiesContext
class DatabaseOutageIT {

    private static TcpProxy proxy;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void proxiedDatabase(DynamicPropertyRegistry registry) throws Exception {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/(.*)").matcher(TestDatabase.url());
        if (!url.matches()) {
            throw new IllegalStateException("unexpected test database URL " + TestDatabase.url());
        }
        proxy = new TcpProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + url.group(3);
        registry.add("spring.datasource.url", () -> proxied);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        TestDatabase.POOL.forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void closeProxy() {
        proxy.close();
    }

    @Test
    void answers503WhileTheDatabaseIsGoneAndLosesNoAcknowledgedWrite() throws Exception {
        Api api = new Api(port);
        long source = new Records(api).source();
        String place = "Outage " + UUID.randomUUID();
        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicLong slowest = new AtomicLong();
        AtomicLong restoredAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong acknowledgedAfterRestore = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                long start = System.nanoTime();
                Api.Response response = api.post("/api/v1/strikes", Records.strikeBody(source, place, 5));
                slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                statuses.merge(response.status(), 1, Integer::sum);
                if (response.status() == 201) {
                    acknowledged.add(response.id());
                    if (start > restoredAt.get()) {
                        acknowledgedAfterRestore.incrementAndGet();
                    }
                } else if (!response.isProblem()) {
                    problems.add(response.toString());
                }
            }
        }, "outage-writer");
        writer.start();
        Thread.sleep(1500);

        proxy.cut();
        Thread.sleep(1000);
        // a client retrying one POST with one Idempotency-Key across the outage: refused while the
        // database is gone, run once when it is back, replayed after that
        Api keyed = api.header("Idempotency-Key", "outage-" + UUID.randomUUID());
        String retried = Records.strikeBody(source, place + " retried", 7);
        Api.Response duringOutage = keyed.post("/api/v1/strikes", retried);
        Thread.sleep(3000);
        Api.Response readiness = api.anonymous().get("/actuator/health/readiness");
        Api.Response liveness = api.anonymous().get("/actuator/health/liveness");
        Thread.sleep(1000);
        proxy.restore();
        restoredAt.set(System.nanoTime());
        long deadline = System.currentTimeMillis() + 20_000;
        while (acknowledgedAfterRestore.get() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        writing.set(false);
        writer.join(30_000);

        assertThat(readiness.status()).as("readiness during the outage").isEqualTo(503);
        assertThat(liveness.status()).as("liveness during the outage").isEqualTo(200);
        assertThat(statuses.keySet()).as("answers: %s", statuses).containsOnly(201, 503);
        assertThat(statuses.get(503)).as("answers: %s", statuses).isPositive();
        assertThat(problems).as("every refusal is problem+json").isEmpty();
        assertThat(slowest.get()).as("slowest request, ms").isLessThan(6000);
        assertThat(acknowledgedAfterRestore.get()).as("writes after the database returned").isGreaterThanOrEqualTo(3);
        assertThat(api.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(duringOutage.status()).isEqualTo(503);
        assertThat(duringOutage.isProblem()).isTrue();
        Api.Response afterOutage = keyed.post("/api/v1/strikes", retried);
        Api.Response replayed = keyed.post("/api/v1/strikes", retried);
        assertThat(afterOutage.status()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.id()).isEqualTo(afterOutage.id());

        Set<Long> stored = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password());
             PreparedStatement query = connection.prepareStatement("select id from ledger.strike where place = ?")) {
            query.setString(1, place);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getLong(1));
                }
            }
        }
        assertThat(stored).as("acknowledged writes in the database").containsAll(acknowledged);
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password());
             PreparedStatement query = connection.prepareStatement("select count(*) from ledger.strike where place = ?")) {
            query.setString(1, place + " retried");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).as("the retried POST, stored once").isEqualTo(1);
            }
        }
    }

    @Test
    void theFeedSchedulerSkipsItsTicksWhileTheDatabaseIsGoneAndTicksAgainAfter() throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        double ranBefore = ticks("ran");
        while (ticks("ran") == ranBefore && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(ticks("ran")).as("the scheduler ticks before the outage").isGreaterThan(ranBefore);

        double unavailableBefore = ticks("database-unavailable");
        double failedBefore = ticks("failed");
        double allBefore = ticks(null);
        proxy.cut();
        long outageMillis = 8000;
        Thread.sleep(outageMillis);
        double duringOutage = ticks(null) - allBefore;
        double skipped = ticks("database-unavailable") - unavailableBefore;
        proxy.restore();

        double ranAfterRestore = ticks("ran");
        deadline = System.currentTimeMillis() + 20_000;
        while (ticks("ran") == ranAfterRestore && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(skipped).as("ticks skipped while the database was gone").isPositive();
        assertThat(ticks("failed") - failedBefore).as("ticks that failed otherwise").isZero();
        // a tick starts half a second after the previous one ended: no backlog, no burst
        assertThat(duringOutage).as("ticks during %d ms of outage", outageMillis)
                .isLessThanOrEqualTo(outageMillis / 500.0 + 1);
        assertThat(meters.get("ledger.feeds.tick.duration").timer().max(java.util.concurrent.TimeUnit.MILLISECONDS))
                .as("longest tick, ms").isLessThan(6000);
        assertThat(ticks("ran")).as("ticks after the database returned").isGreaterThan(ranAfterRestore);
    }

    /** Ticks counted so far with this outcome (null: all outcomes). */
    private double ticks(String outcome) {
        Search search = meters.find("ledger.feeds.ticks");
        if (outcome != null) {
            search = search.tag("outcome", outcome);
        }
        return search.counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
