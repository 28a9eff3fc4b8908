package org.conflictledger.ingest.article;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A re-extraction over the articles published in [{@code from}, {@code to}): how many were read again,
 * how many PENDING candidates were removed and how many were created in their place.
 */
public record ExtractionJobView(long id, String status,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant from,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant to, int articles, int candidatesRemoved,
        int candidatesCreated, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String failure, String author,
        Instant submittedAt, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant startedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant finishedAt) {
}
