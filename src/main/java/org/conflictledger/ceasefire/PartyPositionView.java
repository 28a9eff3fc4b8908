package org.conflictledger.ceasefire;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A party's position on a cease-fire; {@code at} is the date of that position, when known. */
public record PartyPositionView(String party, Position position, @Nullable String conditions, @Nullable Instant at) {
}
