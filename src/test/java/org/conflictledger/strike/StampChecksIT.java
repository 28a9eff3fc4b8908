package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.conflictledger.support.Records;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reads of kept strikes have their stamps checked together ({@link StampChecks}); each still sees
 * every change committed before it was sent, also when only a cited source changed and many reads
 * of the same strikes are in flight at once.
 */
class StampChecksIT extends IntegrationTest {

    private static final int STRIKES = 6;
    private static final int READERS = 8;

    @Autowired
    MeterRegistry meters;

    @Test
    void concurrentReadsOfKeptStrikesSeeEveryCommittedChange() throws Exception {
        Records records = new Records(api);
        long source = records.source();
        String url = api.get("/api/v1/sources/" + source).json().get("url").asString();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < STRIKES; i++) {
            paths.add("/api/v1/strikes/" + records.strike(source, "Stamp checks " + i));
        }
        Api anonymous = api.anonymous();
        paths.forEach(anonymous::get);   // now kept
        DistributionSummary checks = meters.get("ledger.strikes.stamp-checks").summary();
        double checkedBefore = checks.totalAmount();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            for (int round = 0; round < 5; round++) {
                String title = "Round " + round + " " + UUID.randomUUID();
                assertThat(api.put("/api/v1/sources/" + source, json("{'publisher':'Fixture wire','kind':'MEDIA','url':'"
                        + url + "','title':'" + title + "'}")).status()).isEqualTo(200);
                List<Callable<List<String>>> reads = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    reads.add(() -> paths.stream().map(path -> anonymous.get(path).json().get("claims").get(0)
                            .get("source").get("title").asString()).toList());
                }
                for (Future<List<String>> seen : readers.invokeAll(reads)) {
                    assertThat(seen.get()).as("round %d", round).containsOnly(title);
                }
            }
        } finally {
            readers.shutdownNow();
        }
        // every read was of a kept strike (the first of each round found the previous round's bytes)
        assertThat(checks.totalAmount() - checkedBefore).isGreaterThanOrEqualTo(5.0 * READERS * STRIKES);
    }
}
