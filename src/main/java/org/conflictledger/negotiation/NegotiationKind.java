package org.conflictledger.negotiation;

/** What happened in a negotiation. */
public enum NegotiationKind {
    MEETING, PHONE_CALL, TALKS_ROUND, STATEMENT, PROPOSAL, DRAFT_EXCHANGED, AGREEMENT_SIGNED, WITHDRAWAL
}
