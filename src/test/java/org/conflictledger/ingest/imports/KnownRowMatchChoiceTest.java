package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the import matches known rows by index probes rather than by the planner's join. */
class KnownRowMatchChoiceTest {

    private static final double DEFAULT = StrikeBulkWriter.PROBES_ABOVE_ROWS_PER_BATCH_ROW;

    @Test
    void probesOnceTheExternalIdsOutnumberTheBatchByTheBound() {
        // a million analysed ids against 25,000-row batches: probes (at a bound of 40 it stayed with the join)
        assertThat(StrikeBulkWriter.probesPay(1_000_000, 25_000, DEFAULT)).isTrue();
        assertThat(StrikeBulkWriter.probesPay(500_001, 25_000, DEFAULT)).isTrue();
        assertThat(StrikeBulkWriter.probesPay(500_000, 25_000, DEFAULT)).isFalse();
        // the small first batches of a job probe a ledger the large ones would join
        assertThat(StrikeBulkWriter.probesPay(100_000, 2_000, DEFAULT)).isTrue();
    }

    @Test
    void aTableNeverAnalysedCountsAsSmall() {
        assertThat(StrikeBulkWriter.probesPay(-1, 25_000, DEFAULT)).isFalse();
        assertThat(StrikeBulkWriter.probesPay(-1, 0, DEFAULT)).isFalse();
    }

    @Test
    void zeroMeansAlwaysAndANegativeBoundNever() {
        assertThat(StrikeBulkWriter.probesPay(-1, 25_000, 0)).isTrue();
        assertThat(StrikeBulkWriter.probesPay(10_000_000, 1, -1)).isFalse();
    }
}
