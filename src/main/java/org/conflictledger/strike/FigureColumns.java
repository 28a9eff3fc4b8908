package org.conflictledger.strike;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The columns of one stated figure of a claim: {@code <figure>_value, _qualifier, _low, _high}. */
@Embeddable
class FigureColumns {

    private Integer value;

    @Enumerated(EnumType.STRING)
    private Qualifier qualifier;

    private Integer low;

    private Integer high;

    protected FigureColumns() {
    }

    static FigureColumns of(StatedFigure figure) {
        if (figure == null) {
            return null;
        }
        FigureColumns columns = new FigureColumns();
        columns.value = figure.value();
        columns.qualifier = figure.qualifier();
        columns.low = figure.low();
        columns.high = figure.high();
        return columns;
    }

    static StatedFigure toFigure(FigureColumns columns) {
        return columns == null || columns.value == null ? null
                : new StatedFigure(columns.value, columns.qualifier, columns.low, columns.high);
    }
}
