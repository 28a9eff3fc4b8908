package org.conflictledger.ceasefire;

import java.time.Instant;
import java.util.Set;

/**
 * What coverage needs to know of a strike. The window {@code [startedAt, endedAt]} is closed; a null
 * {@code endedAt} means a single instant. Party codes and target categories are compared
 * case-insensitively; {@code strikeId} may be null for a single look-up (not in a batch).
 */
public record StrikeFacts(Long strikeId, String attacker, String target, Instant startedAt, Instant endedAt,
        String region, String place, Set<String> targetCategories) {

    public StrikeFacts {
        if (startedAt == null) {
            throw new IllegalArgumentException("startedAt is required");
        }
        if (endedAt == null) {
            endedAt = startedAt;
        }
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("endedAt must not be before startedAt");
        }
        targetCategories = targetCategories == null ? Set.of() : Set.copyOf(targetCategories);
    }
}
