package org.conflictledger.ceasefire;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A party's position on a cease-fire, keyed by the party's code in {@link Ceasefire}. */
@Embeddable
record Participation(
        @Enumerated(EnumType.STRING) @Column(name = "position") Position position,
        @Column(name = "conditions") String conditions,
        @Column(name = "position_at") Instant at) {

    PartyPositionView view(String party) {
        return new PartyPositionView(party, position, conditions, at);
    }
}
