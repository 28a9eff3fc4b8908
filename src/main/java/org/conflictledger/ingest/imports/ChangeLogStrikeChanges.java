package org.conflictledger.ingest.imports;

import java.util.List;

import org.conflictledger.history.ChangeLog;
import org.conflictledger.history.ChangeOp;
import org.conflictledger.history.ChangeResource;
import org.springframework.stereotype.Component;

/**
 * Records the strikes a batch created and updated in the change history, set-based (one statement per
 * operation), in the batch's own transaction: the history commits or rolls back with the batch. A
 * created strike's revision is recorded lazily (its state is the row's until a later change fixes it),
 * an updated strike's with its whole new state, after fixing the state of a lazy revision it had.
 */
@Component
class ChangeLogStrikeChanges implements StrikeChanges {

    private final ChangeLog changeLog;

    ChangeLogStrikeChanges(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @Override
    public void beforeUpdate(List<Long> updated) {
        changeLog.materialiseStrikes(updated);
    }

    @Override
    public void record(List<Long> created, List<Long> updated, String author) {
        changeLog.recordLazily(ChangeResource.STRIKE, created, ChangeOp.CREATE, 0, author);
        changeLog.record(ChangeResource.STRIKE, updated, ChangeOp.UPDATE, author);
    }
}
