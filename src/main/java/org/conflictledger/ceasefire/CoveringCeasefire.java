package org.conflictledger.ceasefire;

/** A cease-fire a strike falls under, as a strike's JSON lists it in {@code ceasefires}. */
public record CoveringCeasefire(long id, String name, Certainty certainty) {
}
