package org.conflictledger.negotiation;

import java.time.Instant;
import java.util.List;

/** A track with all its events, ordered by {@code occurredAt}, then id. */
public record TrackView(long id, String name, String description, long eventCount, Instant firstEventAt,
        Instant lastEventAt, List<TrackEvent> events, long version, Instant createdAt, Instant updatedAt) {
}
