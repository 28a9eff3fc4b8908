package org.conflictledger.ceasefire;

import java.time.Instant;

/** An alleged violation of a cease-fire; {@code at} is when the violation allegedly happened. */
public record AllegationView(Long id, Long ceasefireId, String accuser, String accused, Instant at, Long sourceId,
        Long strikeId, String summary, Instant createdAt) {
}
