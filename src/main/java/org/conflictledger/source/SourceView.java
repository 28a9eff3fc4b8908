package org.conflictledger.source;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

public record SourceView(Long id, String publisher, SourceKind kind, @Nullable String party, @Nullable String url,

        @Nullable String title, @Nullable Instant publishedAt, @Nullable Instant retrievedAt, long version,

        Instant createdAt, Instant updatedAt) {
}
