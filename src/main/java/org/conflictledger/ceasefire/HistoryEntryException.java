package org.conflictledger.ceasefire;

import org.conflictledger.common.ApiException;
import org.springframework.http.HttpStatus;

/** A history entry that cannot be removed: the creation entry, or one that is not the latest (409). */
class HistoryEntryException extends ApiException {

    private HistoryEntryException(String detail) {
        super(HttpStatus.CONFLICT, "history-entry-not-removable", "History entry cannot be removed", detail);
    }

    static HistoryEntryException creation(long transitionId) {
        HistoryEntryException problem = new HistoryEntryException("Entry " + transitionId
                + " is the creation of the cease-fire; delete the cease-fire instead.");
        problem.with("transitionId", transitionId);
        return problem;
    }

    static HistoryEntryException notLatest(long transitionId, long latestId) {
        HistoryEntryException problem = new HistoryEntryException("Only the latest transition (" + latestId
                + ") can be removed; entry " + transitionId + " is followed by later ones.");
        problem.with("transitionId", transitionId).with("latestTransitionId", latestId);
        return problem;
    }
}
