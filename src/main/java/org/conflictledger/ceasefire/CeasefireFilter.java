package org.conflictledger.ceasefire;

import java.time.OffsetDateTime;

/**
 * Filters of the cease-fire list; all optional. {@code party}: a party code among the parties.
 * {@code from}/{@code to}: the cease-fire's lifetime — from {@code proposedAt} to its terminal
 * transition, open-ended before one — overlaps {@code [from, to)}.
 */
public record CeasefireFilter(CeasefireStatus status, CeasefireScope scope, String party, OffsetDateTime from,
        OffsetDateTime to, java.time.Instant updatedSince) {
}
