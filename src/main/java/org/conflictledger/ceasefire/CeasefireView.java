package org.conflictledger.ceasefire;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A cease-fire as the API shows it. {@code history} is the creation entry followed by every
 * transition in order; {@code inForce} the intervals derived from it; {@code allegations} the number
 * of alleged violations (listed at {@code /ceasefires/{id}/allegations}); {@code duration} ISO-8601.
 */
public record CeasefireView(Long id, String name, CeasefireScope scope, List<String> areas, CeasefireStatus status,
        @Nullable String description, @Nullable Instant proposedAt, @Nullable Instant agreedAt,
        @Nullable Instant effectiveFrom, @Nullable Instant effectiveUntil, @Nullable String duration,
        List<PartyPositionView> parties, List<String> mediators, List<HistoryEntryView> history,
        List<InForceInterval> inForce, long allegations, long version, Instant createdAt, Instant updatedAt) {
}
