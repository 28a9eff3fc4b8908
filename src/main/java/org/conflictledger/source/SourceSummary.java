package org.conflictledger.source;

/** What a claim shows of its source. */
public record SourceSummary(Long id, String publisher, SourceKind kind, String party, String url, String title) {
}
