package org.conflictledger.strike;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.conflictledger.source.SourceSummary;

/**
 * A claim as stated: figures the source did not state are null. {@code inconsistent} flags a claim
 * whose own figures disagree (more shot down and jammed than launched).
 */
public record ClaimView(Long id, Long strikeId, long sourceId, SourceSummary source, String claimant,
        String attributedTo, Instant reportedAt, String quote, String reference,
        @JsonInclude(JsonInclude.Include.ALWAYS) StatedFigure launched,
        @JsonInclude(JsonInclude.Include.ALWAYS) StatedFigure intercepted,
        @JsonInclude(JsonInclude.Include.ALWAYS) StatedFigure suppressed,
        @JsonInclude(JsonInclude.Include.ALWAYS) StatedFigure hit,
        @JsonInclude(JsonInclude.Include.ALWAYS) StatedFigure killed,
        @JsonInclude(JsonInclude.Include.ALWAYS) StatedFigure wounded,
        boolean inconsistent, Instant createdAt, Instant updatedAt) {
}
