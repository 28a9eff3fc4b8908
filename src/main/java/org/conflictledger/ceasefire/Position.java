package org.conflictledger.ceasefire;

/** A party's position on a cease-fire. */
public enum Position {
    PROPOSER, ACCEPTED, ACCEPTED_WITH_CONDITIONS, REJECTED, NO_RESPONSE;

    /** Whether the party is bound: only then can the cease-fire cover its strikes. */
    public boolean isAccepting() {
        return this == PROPOSER || this == ACCEPTED || this == ACCEPTED_WITH_CONDITIONS;
    }
}
