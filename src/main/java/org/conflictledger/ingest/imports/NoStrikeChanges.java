package org.conflictledger.ingest.imports;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * INTEGRATION POINT for the change history (issue 6): until the change log exists, imported changes
 * are not recorded anywhere. Replace this bean with one that passes the ids to the change log's
 * set-based {@code record} in the batch's transaction.
 */
@Component
class NoStrikeChanges implements StrikeChanges {

    @Override
    public void record(List<Long> created, List<Long> updated, String author) {
        // nothing records changes yet
    }
}
