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
        properties = "ledger.security.api-keys=" + Api.KEYS)
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
