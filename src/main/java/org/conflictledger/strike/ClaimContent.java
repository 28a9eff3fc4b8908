package org.conflictledger.strike;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The checked content of a claim: its source (resolved to an id), who said it, and its figures. */
record ClaimContent(long sourceId, String claimant, String attributedTo, Instant reportedAt, String quote,
        String reference, Map<Figure, StatedFigure> figures) {

    ClaimContent {
        figures = figures.isEmpty() ? Map.of() : new EnumMap<>(figures);
    }

    StatedFigure figure(Figure figure) {
        return figures.get(figure);
    }
}
