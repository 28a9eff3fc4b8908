package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What makes a stated figure a valid statement, and the figure a list row carries. */
class StatedFigureTest {

    @Test
    void aRangeMayBeASinglePointButNotReversed() {
        assertThat(StatedFigure.between(5, 5, 5).problem()).isNull();
        assertThat(StatedFigure.between(5, 4, 6).problem()).isNull();
        assertThat(StatedFigure.between(5, 6, 4).problem()).isEqualTo("low must not exceed high");
        assertThat(new StatedFigure(5, Qualifier.BETWEEN, null, 6).problem()).isEqualTo("BETWEEN needs low and high");
    }

    @Test
    void boundsAreOnlyForARangeAndValueAndQualifierAreNeeded() {
        assertThat(StatedFigure.of(5, Qualifier.EXACT).problem()).isNull();
        assertThat(new StatedFigure(5, Qualifier.ABOUT, 4, null).problem())
                .isEqualTo("low and high are only for qualifier BETWEEN");
        assertThat(new StatedFigure(null, Qualifier.EXACT, null, null).problem()).isEqualTo("needs value and qualifier");
        assertThat(new StatedFigure(5, null, null, null).problem()).isEqualTo("needs value and qualifier");
    }

    @Test
    void aListRowsFigureHasItsBoundsAndNoAttribution() {
        assertThat(ReconciledFigure.of(3L, 5L, null, 2)).isEqualTo(new ReconciledFigure(3L, 5L, null, 2, null, null));
    }
}
