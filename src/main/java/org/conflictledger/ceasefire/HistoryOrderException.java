package org.conflictledger.ceasefire;

import java.time.Instant;

import org.conflictledger.common.ApiException;
import org.springframework.http.HttpStatus;

/** A change that would put the history out of time order (409). */
class HistoryOrderException extends ApiException {

    private HistoryOrderException(String detail) {
        super(HttpStatus.CONFLICT, "history-out-of-order", "History out of order", detail);
    }

    /** A transition dated before the latest entry of the history. */
    static HistoryOrderException before(Instant latest, Instant at) {
        HistoryOrderException problem = new HistoryOrderException("The transition is dated " + at
                + ", before the latest entry of the history (" + latest + "); transitions are recorded in time order.");
        problem.with("latestAt", latest.toString()).with("at", at.toString());
        return problem;
    }

    /** A new proposedAt (the creation entry) after the first transition. */
    static HistoryOrderException proposedAfterFirstTransition(Instant firstTransition, Instant proposedAt) {
        HistoryOrderException problem = new HistoryOrderException("proposedAt " + proposedAt
                + " would follow the first transition of the history (" + firstTransition
                + "); the creation entry must come first.");
        problem.with("firstTransitionAt", firstTransition.toString()).with("proposedAt", proposedAt.toString());
        return problem;
    }
}
