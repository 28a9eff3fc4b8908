package org.conflictledger.ingest.imports;

import java.util.List;

/**
 * Where a batch reports the strikes it created and updated, inside the batch's transaction, so that
 * the change history records one change per strike touched, set-based, committed or rolled back
 * with the batch.
 */
interface StrikeChanges {

    /** Before the batch changes these existing strikes (the batch runs without per-row triggers). */
    default void beforeUpdate(List<Long> updated) {
    }

    void record(List<Long> created, List<Long> updated, String author);
}
