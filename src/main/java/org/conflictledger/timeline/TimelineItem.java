package org.conflictledger.timeline;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One item of the timeline: its {@code kind}, {@code time}, the {@code id} of the resource it is about
 * (a strike, cease-fire or negotiation event), a one-line {@code summary} and the {@code link} to the
 * full resource. Cease-fire items also carry the history entry ({@code entryId}) and the statuses it
 * moved between; strikes their parties; negotiation events their own kind and track.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineItem(TimelineKind kind, Instant time, long id, String summary, String link,
        String attacker, String target, Long entryId, String fromStatus, String toStatus, String eventKind,
        Long trackId) {
}
