package org.conflictledger.strike;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DOMAIN.md's reconciliation rule, deterministic and in integer arithmetic:
 * <ul>
 * <li>each stated figure is an interval (EXACT v → [v, v]; AT_LEAST v → [v, ∞); MORE_THAN v →
 * [v+1, ∞); AT_MOST v → [0, v]; ABOUT v → [⌊9v/10⌋, ⌈11v/10⌉]; BETWEEN → [low, high]);</li>
 * <li>each claim's point is its stated value moved into its own interval;</li>
 * <li>{@code low} is the smallest lower bound, {@code high} the largest upper bound or null when any
 * claim is unbounded;</li>
 * <li>{@code best} is the median of the points, the lower middle one when their count is even; the
 * claims are ordered by (point, claim id), and the claim at the median position is the one named.</li>
 * </ul>
 * A figure that no claim states reconciles to null, not zero.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /** One claim's statement of one figure. {@code claimId} and {@code sourceId} name where it came from. */
    public record Statement(Long claimId, Long sourceId, StatedFigure figure) {
    }

    public static ReconciledFigure reconcile(List<Statement> statements) {
        List<Statement> stated = new ArrayList<>();
        for (Statement statement : statements) {
            if (statement.figure() != null) {
                stated.add(statement);
            }
        }
        if (stated.isEmpty()) {
            return null;
        }
        long low = Long.MAX_VALUE;
        Long high = 0L;
        for (Statement statement : stated) {
            low = Math.min(low, statement.figure().lowerBound());
            Long upper = statement.figure().upperBound();
            high = high == null || upper == null ? null : Math.max(high, upper);
        }
        List<Statement> byPoint = new ArrayList<>(stated);
        byPoint.sort(Comparator.comparingLong((Statement s) -> s.figure().point())
                .thenComparing(Statement::claimId, Comparator.nullsLast(Comparator.naturalOrder())));
        Statement median = byPoint.get((byPoint.size() - 1) / 2);
        return new ReconciledFigure(low, median.figure().point(), high, stated.size(), median.claimId(),
                median.sourceId());
    }

    /**
     * Whether one claim's own figures disagree: what was shot down, lost to jamming and hit is
     * certainly more than what was launched. Such a claim is kept and flagged, never refused.
     */
    public static boolean inconsistent(StatedFigure launched, StatedFigure intercepted, StatedFigure suppressed,
            StatedFigure hit) {
        if (launched == null || launched.upperBound() == null) {
            return false;
        }
        long accountedFor = 0;
        int parts = 0;
        for (StatedFigure part : new StatedFigure[] {intercepted, suppressed, hit}) {
            if (part != null) {
                accountedFor += part.lowerBound();
                parts++;
            }
        }
        return parts > 0 && accountedFor > launched.upperBound();
    }
}
