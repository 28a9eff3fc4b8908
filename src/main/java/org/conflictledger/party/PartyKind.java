package org.conflictledger.party;

public enum PartyKind {
    STATE, ARMED_GROUP, INTERNATIONAL_ORG, OTHER
}
