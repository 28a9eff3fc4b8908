package org.conflictledger.source;

import java.time.Instant;

public record SourceView(Long id, String publisher, SourceKind kind, String party, String url, String title,
        Instant publishedAt, Instant retrievedAt, long version, Instant createdAt, Instant updatedAt) {
}
