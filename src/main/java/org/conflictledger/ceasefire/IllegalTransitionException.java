package org.conflictledger.ceasefire;

import java.util.List;
import java.util.stream.Collectors;

import org.conflictledger.common.ApiException;
import org.springframework.http.HttpStatus;

/** A move the status machine does not allow from the cease-fire's current status (409). */
class IllegalTransitionException extends ApiException {

    private IllegalTransitionException(String detail) {
        super(HttpStatus.CONFLICT, "illegal-transition", "Transition not allowed", detail);
    }

    static IllegalTransitionException of(CeasefireStatus current, CeasefireStatus requested) {
        List<String> allowed = current.next().stream().map(Enum::name).toList();
        String options = allowed.isEmpty() ? "none, " + current + " is terminal"
                : current.next().stream().map(Enum::name).collect(Collectors.joining(", "));
        IllegalTransitionException problem = new IllegalTransitionException("A cease-fire in status " + current
                + " cannot move to " + requested + "; allowed from " + current + ": " + options + ".");
        problem.with("currentStatus", current.name()).with("requestedStatus", requested.name())
                .with("allowed", allowed);
        return problem;
    }
}
