package org.conflictledger.duplicate;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A merge: the survivor took the merged strike's claims and external ids; {@code undoneAt} once undone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MergeView(long id, Long candidateId, long survivorId, long mergedId, Double score, Instant at,
        String author, Instant undoneAt, String undoneBy) {
}
