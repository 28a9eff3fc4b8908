package org.conflictledger.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End-to-end tests: the whole service on a random port against the run's own PostgreSQL. All
 * subclasses share one application context (same properties), so keep extra properties out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.security.api-keys=" + Api.KEYS,
                // feed tests serve their feeds from this machine; the tick is left to the ShedLock test
                "ledger.feeds.allowed-networks=127.0.0.1/32", "ledger.feeds.read-timeout=PT2S",
                "ledger.feeds.connect-timeout=PT2S", "ledger.feeds.max-feed-size=512KB",
                "ledger.feeds.max-item-size=64KB", "ledger.feeds.tick=PT1H", "ledger.feeds.initial-delay=PT1H",
                // QueueTableVacuumIT vacuums when it means to, not when a tick happens to
                "ledger.housekeeping.vacuum-tick=PT1H"})
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }
}
