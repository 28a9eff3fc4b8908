package org.conflictledger.negotiation;

import org.conflictledger.common.TimePrecision;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;

/** One event of a track, summarised; the whole event is at {@code /api/v1/negotiations/{id}}. */
public record TrackEvent(long id, NegotiationKind kind, Instant occurredAt, TimePrecision timePrecision,
        @Nullable String title, @Nullable String place, @Nullable String country, List<Topic> topics,
        @Nullable Tone tone) {
}
