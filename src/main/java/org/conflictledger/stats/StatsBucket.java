package org.conflictledger.stats;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One bucket of strike statistics: {@code start} is the instant the bucket starts in the asked zone
 * ({@code local} the same as a local date, or date and time for hours), {@code group} the value of the
 * grouped-by dimension (null when not grouped). {@code interceptionRate} is (intercepted + suppressed)
 * / launched on best values, null when nothing was launched.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatsBucket(Instant start, String local, @Nullable String group, long strikes,
        @Nullable FigureSum launched, @Nullable FigureSum intercepted, @Nullable FigureSum suppressed,
        @Nullable FigureSum hit, @Nullable FigureSum killed, @Nullable FigureSum wounded,
        @Nullable Double interceptionRate) {

    static Double interceptionRate(FigureSum launched, FigureSum intercepted, FigureSum suppressed) {
        if (launched == null || launched.best() == null || launched.best() == 0) {
            return null;
        }
        long stopped = (intercepted == null ? 0 : intercepted.best()) + (suppressed == null ? 0 : suppressed.best());
        return (double) stopped / launched.best();
    }
}
