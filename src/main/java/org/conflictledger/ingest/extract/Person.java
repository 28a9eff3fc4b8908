package org.conflictledger.ingest.extract;

import org.conflictledger.negotiation.Capacity;

/** A participant named in a negotiation report, with title, party (when one of the ledger's) and capacity. */
public record Person(String name, String title, String party, Capacity capacity) {
}
