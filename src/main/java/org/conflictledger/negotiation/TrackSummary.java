package org.conflictledger.negotiation;

import java.time.Instant;

/** A track in a list: its name and how many events it has over which period, without the events. */
public record TrackSummary(long id, String name, String description, long eventCount, Instant firstEventAt,
        Instant lastEventAt, long version, Instant createdAt, Instant updatedAt) {
}
