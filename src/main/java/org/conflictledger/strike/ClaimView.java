package org.conflictledger.strike;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.conflictledger.source.SourceSummary;
import org.jspecify.annotations.Nullable;

/**
 * A claim as stated: figures the source did not state are null. {@code inconsistent} flags a claim
 * whose own figures disagree (more shot down and jammed than launched).
 */
public record ClaimView(Long id, Long strikeId, long sourceId, SourceSummary source, @Nullable String claimant,
        @Nullable String attributedTo, @Nullable Instant reportedAt, @Nullable String quote, @Nullable String reference,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable StatedFigure launched,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable StatedFigure intercepted,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable StatedFigure suppressed,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable StatedFigure hit,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable StatedFigure killed,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable StatedFigure wounded,
        boolean inconsistent, Instant createdAt, Instant updatedAt) {
}
