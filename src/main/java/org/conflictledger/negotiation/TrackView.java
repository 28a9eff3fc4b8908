package org.conflictledger.negotiation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A track with all its events, ordered by {@code occurredAt}, then id. */
public record TrackView(long id, String name, @Nullable String description, long eventCount,
        @Nullable Instant firstEventAt, @Nullable Instant lastEventAt, List<TrackEvent> events, long version,
        Instant createdAt, Instant updatedAt) {
}
