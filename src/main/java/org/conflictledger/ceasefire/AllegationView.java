package org.conflictledger.ceasefire;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An alleged violation of a cease-fire; {@code at} is when the violation allegedly happened. */
public record AllegationView(Long id, Long ceasefireId, String accuser, String accused, Instant at,
        @Nullable Long sourceId, @Nullable Long strikeId, @Nullable String summary, Instant createdAt) {
}
