package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.conflictledger.common.TimePrecision;
import org.conflictledger.strike.Figure;
import org.conflictledger.strike.GeoPrecision;
import org.conflictledger.strike.Qualifier;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.WeaponCategory;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The integration point for the change history: each batch hands the ids of the strikes it created and
 * updated to {@link StrikeChanges}, inside the batch's transaction (the ids already name committed-to-be
 * rows there), once per batch: set-based, not per row.
 */
class StrikeChangesIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    org.conflictledger.common.StatementTimeouts timeouts;

    private static ImportRow row(long line, String key, int launched) {
        ImportClaim claim = ImportClaim.of(1, "UA", "test", null, null, "changes-" + key,
                Map.of(Figure.LAUNCHED, StatedFigure.of(launched, Qualifier.EXACT)), false);
        return new ImportRow(line, "changes-test", key, Map.of(), "RU", "UA",
                java.time.Instant.parse("2025-05-01T00:00:00Z"), java.time.Instant.parse("2025-05-01T01:00:00Z"),
                TimePrecision.HOUR, null, null, "UA", null, null, GeoPrecision.COUNTRY, null, WeaponCategory.DRONE,
                List.of(), List.of(), List.of(claim));
    }

    @Test
    void handsTheCreatedAndUpdatedStrikesOfEachBatchToTheChangeHistoryInItsTransaction() {
        List<String> calls = new ArrayList<>();
        StrikeChanges recorder = (created, updated, author) -> {
            // inside the batch's transaction: the strikes are visible to it
            long visible = jdbc.sql("select count(*) from strike where id = any (:ids)")
                    .param("ids", created.toArray(Long[]::new)).query(Long.class).single();
            calls.add(created.size() + " created (" + visible + " visible), " + updated.size() + " updated by "
                    + author);
        };
        long sourceId = api.post("/api/v1/sources", "{\"publisher\":\"Changes test\",\"kind\":\"DATASET\"}").id();
        StrikeBulkWriter writer = new StrikeBulkWriter(dataSource, transactions, jobs, recorder, timeouts, clock);
        long job = jobs.create(ImportFormat.LEDGER, "tester", 0, clock.instant());

        ImportBatch first = new ImportBatch();
        first.add(withSource(row(2, "a", 10), sourceId));
        first.add(withSource(row(3, "b", 20), sourceId));
        writer.write(job, "tester", first, new ImportCounters(10));
        ImportBatch second = new ImportBatch();
        second.add(withSource(row(2, "a", 10), sourceId));
        second.add(withSource(row(3, "b", 25), sourceId));
        second.add(withSource(row(4, "c", 30), sourceId));
        long job2 = jobs.create(ImportFormat.LEDGER, "tester", 0, clock.instant());
        writer.write(job2, "tester", second, new ImportCounters(10));

        assertThat(calls).containsExactly("2 created (2 visible), 0 updated by tester",
                "1 created (1 visible), 1 updated by tester");
    }

    private static ImportRow withSource(ImportRow row, long sourceId) {
        ImportClaim c = row.claims().get(0);
        return new ImportRow(row.line(), row.dataset(), row.externalId(), row.moreIds(), row.attacker(), row.target(),
                row.startedAt(), row.endedAt(), row.timePrecision(), row.place(), row.region(), row.country(),
                row.latitude(), row.longitude(), row.geoPrecision(), row.launchPlace(), row.weaponCategory(),
                row.weaponModels(), row.targetCategories(), List.of(new ImportClaim(sourceId, c.claimant(),
                c.attributedTo(), c.reportedAt(), c.quote(), c.reference(), c.figures(), c.inconsistent())));
    }
}
