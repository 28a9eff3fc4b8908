package org.conflictledger.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The sum of one reconciled figure over a bucket's strikes that state it: {@code high} is null when
 * any of them is unbounded. Null as a whole when none of them states the figure.
 */
public record FigureSum(@JsonInclude(JsonInclude.Include.ALWAYS) Long low,
        @JsonInclude(JsonInclude.Include.ALWAYS) Long best,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long high) {
}
