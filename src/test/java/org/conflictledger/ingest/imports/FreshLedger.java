package org.conflictledger.ingest.imports;

import java.util.concurrent.ThreadLocalRandom;

import org.conflictledger.support.Api;
import org.conflictledger.support.Instances;
import org.conflictledger.support.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second service of its own on a random port, in a fresh schema of the test database: for tests
 * that need a ledger holding nothing but what they import (sums over a whole data set, a round trip
 * into an empty ledger). Closing it stops the service and drops the schema.
 */
final class FreshLedger implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String schema;
    final Api api;

    FreshLedger() {
        schema = "import_fresh_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        context = Instances.service(TestDatabase.url(), "--ledger.db.schema=" + schema,
                "--spring.datasource.hikari.maximum-pool-size=4", "--spring.jmx.enabled=false");
        api = new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    @Override
    public void close() {
        JdbcClient jdbc = jdbc();
        context.close();
        try {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        } catch (RuntimeException ignored) {
            // the pool is closed with the context: the test database is dropped at the end of the run anyway
        }
    }
}
