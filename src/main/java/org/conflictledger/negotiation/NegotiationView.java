package org.conflictledger.negotiation;

import org.conflictledger.common.TimePrecision;
import java.time.Instant;
import java.util.List;

import org.conflictledger.source.SourceSummary;

/**
 * A negotiation event as the API shows it. {@code duration} is null when no duration was stated;
 * {@code sourceIds} are in ascending order and {@code sources} summarises them in the same order.
 */
public record NegotiationView(
        long id,
        NegotiationKind kind,
        Long trackId,
        String trackName,
        String title,
        Instant occurredAt,
        TimePrecision timePrecision,
        StatedDuration duration,
        String place,
        String country,
        List<Participant> participants,
        List<Topic> topics,
        Tone tone,
        String outcome,
        List<Quote> quotes,
        Long ceasefireId,
        List<Long> sourceIds,
        List<SourceSummary> sources,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
