package org.conflictledger.ingest.extract;

/** What a cease-fire report is about. */
public enum CeasefireMatter {
    PROPOSAL, AGREEMENT, STATUS_CHANGE, ALLEGED_VIOLATION
}
