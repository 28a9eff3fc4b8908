package org.conflictledger.ingest.extract;

/**
 * What a cease-fire report is about: a proposal (or a call for one), an agreement between parties, one
 * party's response (accepts, accepts with conditions, rejects), a change of status, an alleged violation.
 */
public enum CeasefireMatter {
    PROPOSAL, AGREEMENT, RESPONSE, STATUS_CHANGE, ALLEGED_VIOLATION
}
