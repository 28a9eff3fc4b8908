package org.conflictledger.ingest.review;

/** Where a candidate stands in the queue. */
public enum CandidateStatus {
    PENDING, ACCEPTED, REJECTED
}
