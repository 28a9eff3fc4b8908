package org.conflictledger.strike;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.conflictledger.common.LenientIdDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A claim as a client states it. The source is named by {@code sourceId} or {@code sourceUrl}; the
 * {@code claimant} is the party whose statement it is (a party code); each figure is
 * {@code {value, qualifier}} or {@code {value, qualifier: BETWEEN, low, high}}.
 */
@JsonIgnoreProperties(value = {"id", "strikeId", "source", "inconsistent", "createdAt", "updatedAt"},
        allowGetters = true)
public record ClaimRequest(
        @JsonDeserialize(using = LenientIdDeserializer.class) Long sourceId,
        @Size(max = 2048) String sourceUrl,
        @Size(max = 16) String claimant,
        @Size(max = 300) String attributedTo,
        OffsetDateTime reportedAt,
        @Size(max = 2000) String quote,
        @Size(max = 1000) String reference,
        @Valid StatedFigure launched,
        @Valid StatedFigure intercepted,
        @Valid StatedFigure suppressed,
        @Valid StatedFigure hit,
        @Valid StatedFigure killed,
        @Valid StatedFigure wounded) {

    StatedFigure figure(Figure figure) {
        return switch (figure) {
            case LAUNCHED -> launched;
            case INTERCEPTED -> intercepted;
            case SUPPRESSED -> suppressed;
            case HIT -> hit;
            case KILLED -> killed;
            case WOUNDED -> wounded;
        };
    }
}
