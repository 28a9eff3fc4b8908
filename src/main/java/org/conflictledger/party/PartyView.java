package org.conflictledger.party;

import java.time.Instant;

/** A party as the API shows it; {@code id} equals {@code code}. */
public record PartyView(String id, String code, String name, PartyKind kind, long version, Instant createdAt,
        Instant updatedAt) {
}
