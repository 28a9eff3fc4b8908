package org.conflictledger.party;

/** What a party is; UNKNOWN is the one party "unknown", for an unnamed target or an unidentified attacker. */
public enum PartyKind {
    STATE, ARMED_GROUP, INTERNATIONAL_ORG, OTHER, UNKNOWN
}
