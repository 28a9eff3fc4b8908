package org.conflictledger.negotiation;

import org.conflictledger.common.TimePrecision;
import java.time.Instant;
import java.util.List;

import org.conflictledger.source.SourceSummary;
import org.jspecify.annotations.Nullable;

/**
 * A negotiation event as the API shows it. {@code duration} is null when no duration was stated;
 * {@code sourceIds} are in ascending order and {@code sources} summarises them in the same order.
 */
public record NegotiationView(
        long id,
        NegotiationKind kind,
        @Nullable Long trackId,
        @Nullable String trackName,
        @Nullable String title,
        Instant occurredAt,
        TimePrecision timePrecision,
        @Nullable StatedDuration duration,
        @Nullable String place,
        @Nullable String country,
        List<Participant> participants,
        List<Topic> topics,
        @Nullable Tone tone,
        @Nullable String outcome,
        List<Quote> quotes,
        @Nullable Long ceasefireId,
        List<Long> sourceIds,
        List<SourceSummary> sources,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
