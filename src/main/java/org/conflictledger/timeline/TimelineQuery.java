package org.conflictledger.timeline;

import java.time.Instant;
import java.util.Set;

/** Which items: of {@code kinds}, at a time in {@code [from, to)} (either may be open). */
public record TimelineQuery(Instant from, Instant to, Set<TimelineKind> kinds) {
}
