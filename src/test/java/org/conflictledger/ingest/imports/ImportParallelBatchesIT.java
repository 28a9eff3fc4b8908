package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ingest.imports.Imports.assertCounts;
import static org.conflictledger.ingest.imports.Imports.errors;

import java.util.UUID;

import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A file of several batches (2,000, 4,000, then 8,000 rows with the default settings), written by two
 * writers side by side: rows repeating an earlier batch's key are still rejected naming its line, the
 * counters and errors come out in file order, and the strikes, claims and changes are one per row. Its
 * 10,000 new strikes are enough for the job to analyse the strike tables at its end.
 */
class ImportParallelBatchesIT extends IntegrationTest {

    private static final int ROWS = 10_000;

    @Autowired
    JdbcClient jdbc;

    private static String row(String tag, int i) {
        return "2025-0%d-%02d 20:00,2025-0%d-%02d 23:00,Kalibr,,Odesa oblast,,%d.0,1.0,,,{},,,,,,,,,,,parallel/%s/%d\n"
                .formatted(1 + i % 9, 1 + i % 28, 1 + i % 9, 1 + i % 28, 1 + i % 50, tag, i);
    }

    @Test
    void batchesWrittenSideBySideRejectRepeatsAcrossThemAndCountInFileOrder() {
        String tag = UUID.randomUUID().toString();
        StringBuilder csv = new StringBuilder(Imports.text("missile-attacks.csv").lines().findFirst().orElseThrow())
                .append('\n');
        long launched = 0;
        for (int i = 0; i < ROWS; i++) {
            csv.append(row(tag, i));
            launched += 1 + i % 50;
            if (i == 2_500) {
                csv.append(row(tag, 10)); // the second batch repeats a row of the first
            }
            if (i == 6_300) {
                csv.append(row(tag, 5_000)); // the third repeats a row of the second, maybe still being written
            }
        }
        long[] analysed = analyses();
        JsonNode job = Imports.run(api, "missile-attacks-ua", csv.toString());

        assertCounts(job, ROWS + 2, ROWS, 0, 0, 0, 2);
        assertThat(errors(job)).hasSize(2);
        assertThat(errors(job).get(0)).startsWith("2503: repeats the external id missile-attacks-ua=")
                .endsWith(" of line 12");
        assertThat(errors(job).get(1)).startsWith("6304: repeats the external id missile-attacks-ua=")
                .endsWith(" of line 5003");
        String ours = "parallel/" + tag + "/%";
        assertThat(jdbc.sql("select count(distinct strike_id), count(*), sum(launched_value) from claim"
                + " where reference like ?").param(ours).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2),
                rs.getLong(3)}).single()).containsExactly(ROWS, ROWS, launched);
        assertThat(jdbc.sql("select count(*) from change_log c join claim k on k.strike_id = c.resource_id"
                + " where c.resource = 'strike' and k.reference like ?").param(ours).query(Long.class).single())
                .as("one change per strike").isEqualTo(ROWS);

        // planner statistics at once, not when autovacuum gets to them (its analyses are counted apart)
        assertThat(analyses()).as("analyses of strike and strike_external_id after 10,000 new strikes")
                .containsExactly(analysed[0] + 1, analysed[1] + 1);

        JsonNode again = Imports.run(api, "missile-attacks-ua", csv.toString());
        assertThat(again.get("status").asString()).isEqualTo("DONE");
        assertThat(again.get("created").asLong() + again.get("updated").asLong()).as("re-import changes nothing")
                .isZero();
        assertThat(again.get("unchanged").asLong()).isGreaterThanOrEqualTo(ROWS);
        assertThat(analyses()).as("no analysis after a job that changed nothing")
                .containsExactly(analysed[0] + 1, analysed[1] + 1);
    }

    // the manual analyses (not autovacuum's) of strike and strike_external_id so far
    private long[] analyses() {
        return jdbc.sql("select (select analyze_count from pg_stat_user_tables where relid = 'strike'::regclass),"
                + " (select analyze_count from pg_stat_user_tables where relid = 'strike_external_id'::regclass)")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }
}
