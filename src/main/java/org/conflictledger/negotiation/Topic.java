package org.conflictledger.negotiation;

/** What a negotiation event was about; an event may have several. */
public enum Topic {
    CEASEFIRE, PEACE_SETTLEMENT, MINERALS, PRISONERS, SECURITY_GUARANTEES, ENERGY, SANCTIONS, TERRITORY,
    PEACEKEEPING, OTHER
}
