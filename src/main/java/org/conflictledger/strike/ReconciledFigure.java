package org.conflictledger.strike;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A figure reconciled from all claims that state it: {@code high} null means unbounded. The
 * {@code best} value is the point of one named claim ({@code bestClaimId}, from {@code bestSourceId}).
 * {@code low}, {@code best}, {@code high} and {@code claims} are always written.
 */
public record ReconciledFigure(
        @JsonInclude(JsonInclude.Include.ALWAYS) Long low,
        @JsonInclude(JsonInclude.Include.ALWAYS) Long best,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long high,
        @JsonInclude(JsonInclude.Include.ALWAYS) int claims,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long bestClaimId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long bestSourceId) {

    /** The same figure without the attribution of its best value (as stored in list rows). */
    public static ReconciledFigure of(Long low, Long best, Long high, int claims) {
        return new ReconciledFigure(low, best, high, claims, null, null);
    }
}
