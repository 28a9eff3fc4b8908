package org.conflictledger.ingest.review;

/** What accepting a candidate created: a new strike, a claim on an existing one, a cease-fire, an allegation, an event. */
public enum RecordType {
    STRIKE, STRIKE_CLAIM, CEASEFIRE, ALLEGATION, NEGOTIATION
}
