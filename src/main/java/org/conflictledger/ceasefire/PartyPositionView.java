package org.conflictledger.ceasefire;

import java.time.Instant;

/** A party's position on a cease-fire; {@code at} is the date of that position, when known. */
public record PartyPositionView(String party, Position position, String conditions, Instant at) {
}
