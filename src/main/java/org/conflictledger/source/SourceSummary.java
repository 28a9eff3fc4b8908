package org.conflictledger.source;

import org.jspecify.annotations.Nullable;
/** What a claim shows of its source. */
public record SourceSummary(Long id, String publisher, SourceKind kind, @Nullable String party, @Nullable String url,
        @Nullable String title) {
}
