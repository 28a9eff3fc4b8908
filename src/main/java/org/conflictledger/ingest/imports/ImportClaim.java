package org.conflictledger.ingest.imports;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.conflictledger.strike.Figure;
import org.conflictledger.strike.Reconciliation;
import org.conflictledger.strike.StatedFigure;

/**
 * One claim an imported row states: the data set's source, who said it, and the figures as stated.
 * {@code inconsistent} is the claim's own figures disagreeing (DOMAIN.md's rule) or the row saying
 * so itself (a UCDP range out of order, a ledger row flagged inconsistent).
 */
record ImportClaim(long sourceId, String claimant, String attributedTo, Instant reportedAt, String quote,
        String reference, Map<Figure, StatedFigure> figures, boolean inconsistent) {

    static ImportClaim of(long sourceId, String claimant, String attributedTo, Instant reportedAt, String quote,
            String reference, Map<Figure, StatedFigure> figures, boolean flagged) {
        EnumMap<Figure, StatedFigure> copy = new EnumMap<>(Figure.class);
        copy.putAll(figures);
        boolean inconsistent = flagged || Reconciliation.inconsistent(copy.get(Figure.LAUNCHED),
                copy.get(Figure.INTERCEPTED), copy.get(Figure.SUPPRESSED), copy.get(Figure.HIT));
        return new ImportClaim(sourceId, claimant, attributedTo, reportedAt, quote, reference, copy, inconsistent);
    }

    StatedFigure figure(Figure figure) {
        return figures.get(figure);
    }
}
