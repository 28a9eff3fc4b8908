package org.conflictledger.ceasefire;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One stretch of a cease-fire's history in status IN_FORCE: half-open {@code [from, until)};
 * {@code until} is null while the cease-fire is still in force.
 */
public record InForceInterval(Instant from, @Nullable Instant until) {

    public InForceInterval {
        if (from == null) {
            throw new IllegalArgumentException("from is required");
        }
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("until must be after from");
        }
    }
}
