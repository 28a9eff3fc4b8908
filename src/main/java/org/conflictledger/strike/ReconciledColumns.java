package org.conflictledger.strike;

import jakarta.persistence.Embeddable;

/** The stored reconciliation of one figure: {@code <figure>_low, _best, _high, _claims}. */
@Embeddable
class ReconciledColumns {

    private Integer low;

    private Integer best;

    private Integer high;

    private int claims;

    protected ReconciledColumns() {
    }

    static ReconciledColumns of(ReconciledFigure figure) {
        ReconciledColumns columns = new ReconciledColumns();
        if (figure != null) {
            columns.low = Math.toIntExact(figure.low());
            columns.best = Math.toIntExact(figure.best());
            columns.high = figure.high() == null ? null : Math.toIntExact(figure.high());
            columns.claims = figure.claims();
        }
        return columns;
    }
}
