package org.conflictledger.negotiation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A track in a list: its name and how many events it has over which period, without the events. */
public record TrackSummary(long id, String name, @Nullable String description, long eventCount,
        @Nullable Instant firstEventAt, @Nullable Instant lastEventAt, long version, Instant createdAt,
        Instant updatedAt) {
}
