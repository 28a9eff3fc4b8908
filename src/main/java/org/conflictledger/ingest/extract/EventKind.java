package org.conflictledger.ingest.extract;

/** What kind of record an article may become. */
public enum EventKind {
    STRIKE, CEASEFIRE, NEGOTIATION
}
