package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReconciliationTest {

    private static Reconciliation.Statement claim(long id, StatedFigure figure) {
        return new Reconciliation.Statement(id, 100 + id, figure);
    }

    private static ReconciledFigure reconcile(StatedFigure... figures) {
        List<Reconciliation.Statement> statements = new ArrayList<>();
        for (int i = 0; i < figures.length; i++) {
            statements.add(claim(i + 1, figures[i]));
        }
        return Reconciliation.reconcile(statements);
    }

    @Test
    void reconcilesConflictingClaimsOfTheAirForceAndANewsAgency() {
        ReconciledFigure launched = reconcile(StatedFigure.of(88, Qualifier.EXACT),
                StatedFigure.of(96, Qualifier.MORE_THAN));
        assertThat(launched.low()).isEqualTo(88);
        assertThat(launched.best()).isEqualTo(88);
        assertThat(launched.high()).isNull();
        assertThat(launched.claims()).isEqualTo(2);
        assertThat(launched.bestClaimId()).isEqualTo(1);
        assertThat(launched.bestSourceId()).isEqualTo(101);
    }

    @Test
    void movesAMoreThanFigureIntoItsOwnInterval() {
        ReconciledFigure launched = reconcile(StatedFigure.of(96, Qualifier.MORE_THAN));
        assertThat(List.of(launched.low(), launched.best())).containsExactly(97L, 97L);
        assertThat(launched.high()).isNull();
    }

    @Test
    void takesTheMedianOfThreePointsAndStaysUnboundedWhenOneClaimIs() {
        ReconciledFigure wounded = reconcile(StatedFigure.of(3, Qualifier.AT_LEAST), StatedFigure.of(3, Qualifier.EXACT),
                StatedFigure.of(5, Qualifier.EXACT));
        assertThat(List.of(wounded.low(), wounded.best())).containsExactly(3L, 3L);
        assertThat(wounded.high()).isNull();
        assertThat(wounded.claims()).isEqualTo(3);
        // points sorted by (point, claim id): 3 (claim 1), 3 (claim 2), 5 (claim 3); the middle one is named
        assertThat(wounded.bestClaimId()).isEqualTo(2);
    }

    @Test
    void takesTheLowerOfTheTwoMiddlePointsWhenTheirCountIsEven() {
        ReconciledFigure figure = reconcile(StatedFigure.of(10, Qualifier.EXACT), StatedFigure.of(40, Qualifier.EXACT),
                StatedFigure.of(20, Qualifier.EXACT), StatedFigure.of(30, Qualifier.EXACT));
        assertThat(figure.best()).isEqualTo(20);
        assertThat(figure.bestClaimId()).isEqualTo(3);
        assertThat(figure.low()).isEqualTo(10);
        assertThat(figure.high()).isEqualTo(40);
    }

    @ParameterizedTest(name = "{1} {0} -> [{2}, {3}] point {4}")
    @CsvSource(nullValues = "null", value = {
            "88, EXACT, 88, 88, 88",
            "2, AT_LEAST, 2, null, 2",
            "84, MORE_THAN, 85, null, 85",
            "200, AT_MOST, 0, 200, 200",
            "50, ABOUT, 45, 55, 50",
            "100, ABOUT, 90, 110, 100",
            "7, ABOUT, 6, 8, 7",
            "1, ABOUT, 0, 2, 1",
            "0, ABOUT, 0, 0, 0",
            "0, MORE_THAN, 1, null, 1"})
    void readsEachQualifierAsAnInterval(int value, Qualifier qualifier, long low, Long high, long point) {
        StatedFigure figure = StatedFigure.of(value, qualifier);
        assertThat(figure.lowerBound()).isEqualTo(low);
        assertThat(figure.upperBound()).isEqualTo(high);
        assertThat(figure.point()).isEqualTo(point);
    }

    @Test
    void readsASourcesOwnRangeAndClampsItsValueIntoIt() {
        StatedFigure ucdp = StatedFigure.between(12, 10, 15);
        assertThat(List.of(ucdp.lowerBound(), ucdp.upperBound(), ucdp.point())).containsExactly(10L, 15L, 12L);
        StatedFigure outside = StatedFigure.between(20, 10, 15);
        assertThat(outside.point()).isEqualTo(15);
        ReconciledFigure killed = reconcile(ucdp, StatedFigure.of(9, Qualifier.EXACT));
        assertThat(List.of(killed.low(), killed.best(), killed.high())).containsExactly(9L, 9L, 15L);
    }

    @Test
    void leavesAFigureNoClaimStatesNullNotZero() {
        assertThat(Reconciliation.reconcile(List.of(claim(1, null), claim(2, null)))).isNull();
        assertThat(Reconciliation.reconcile(List.of())).isNull();
    }

    @Test
    void ignoresClaimsThatDoNotStateTheFigure() {
        ReconciledFigure figure = Reconciliation.reconcile(List.of(claim(1, null), claim(2,
                StatedFigure.of(5, Qualifier.AT_MOST))));
        assertThat(List.of(figure.low(), figure.best(), figure.high())).containsExactly(0L, 5L, 5L);
        assertThat(figure.claims()).isEqualTo(1);
    }

    @Test
    void flagsAClaimThatShotDownAndJammedMoreThanWasLaunched() {
        assertThat(Reconciliation.inconsistent(StatedFigure.of(10, Qualifier.EXACT), StatedFigure.of(8, Qualifier.EXACT),
                StatedFigure.of(3, Qualifier.EXACT), null)).isTrue();
        assertThat(Reconciliation.inconsistent(StatedFigure.of(88, Qualifier.EXACT), StatedFigure.of(56, Qualifier.EXACT),
                StatedFigure.of(24, Qualifier.EXACT), null)).isFalse();
        // unbounded launch figures cannot be contradicted
        assertThat(Reconciliation.inconsistent(StatedFigure.of(10, Qualifier.AT_LEAST),
                StatedFigure.of(50, Qualifier.EXACT), null, null)).isFalse();
        // "about 10" allows up to 11
        assertThat(Reconciliation.inconsistent(StatedFigure.of(10, Qualifier.ABOUT), StatedFigure.of(11, Qualifier.EXACT),
                null, null)).isFalse();
        assertThat(Reconciliation.inconsistent(null, StatedFigure.of(11, Qualifier.EXACT), null, null)).isFalse();
    }

    @Test
    void refusesMalformedStatements() {
        assertThat(new StatedFigure(5, Qualifier.BETWEEN, null, 7).problem()).contains("low and high");
        assertThat(new StatedFigure(5, Qualifier.BETWEEN, 8, 7).problem()).contains("low must not exceed high");
        assertThat(new StatedFigure(5, Qualifier.EXACT, 1, 7).problem()).contains("only for qualifier BETWEEN");
        assertThat(StatedFigure.of(5, Qualifier.EXACT).problem()).isNull();
    }

    @Property(tries = 2000)
    void bestLiesBetweenLowAndHighAndComesFromAClaim(@ForAll("statements") @Size(min = 1, max = 7)
            List<StatedFigure> figures) {
        ReconciledFigure result = reconcile(figures.toArray(StatedFigure[]::new));
        assertThat(result.claims()).isEqualTo(figures.size());
        assertThat(result.low()).isLessThanOrEqualTo(result.best());
        if (result.high() != null) {
            assertThat(result.best()).isLessThanOrEqualTo(result.high());
        }
        StatedFigure named = figures.get((int) (result.bestClaimId() - 1));
        assertThat(named.point()).isEqualTo(result.best());
        boolean anyUnbounded = figures.stream().anyMatch(f -> f.upperBound() == null);
        assertThat(result.high() == null).isEqualTo(anyUnbounded);
    }

    @Property(tries = 500)
    void doesNotDependOnTheOrderOfClaimsWithDistinctPoints(@ForAll("statements") @Size(min = 1, max = 6)
            List<StatedFigure> figures) {
        ReconciledFigure forward = reconcile(figures.toArray(StatedFigure[]::new));
        List<StatedFigure> reversed = new ArrayList<>(figures);
        java.util.Collections.reverse(reversed);
        ReconciledFigure backward = reconcile(reversed.toArray(StatedFigure[]::new));
        assertThat(List.of(backward.low(), backward.best())).isEqualTo(List.of(forward.low(), forward.best()));
        assertThat(backward.high()).isEqualTo(forward.high());
    }

    @Provide
    Arbitrary<StatedFigure> statement() {
        Arbitrary<Integer> values = Arbitraries.integers().between(0, 5000);
        Arbitrary<StatedFigure> plain = Combinators.combine(values,
                        Arbitraries.of(Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.AT_MOST,
                                Qualifier.ABOUT))
                .as(StatedFigure::of);
        Arbitrary<StatedFigure> ranged = Combinators.combine(values, values, values).as((v, a, b) ->
                StatedFigure.between(v, Math.min(a, b), Math.max(a, b)));
        return Arbitraries.oneOf(plain, ranged);
    }

    @Provide
    Arbitrary<List<StatedFigure>> statements() {
        return statement().list();
    }
}
