package org.conflictledger.ingest.imports;

/** A row that was rejected or skipped: the line it starts on (1 is the header) and why. */
public record ImportError(long line, String reason) {
}
