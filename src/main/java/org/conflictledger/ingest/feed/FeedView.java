package org.conflictledger.ingest.feed;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A feed and its poll status. {@code itemsSeen} / {@code itemsNew} count over all polls,
 * {@code lastPollItemsSeen} / {@code lastPollItemsNew} the last one; {@code lastError} is null
 * when the last poll went well.
 */
public record FeedView(Long id, long version, String name, String url, @Nullable String publisher,
        @Nullable Duration pollInterval, boolean enabled, Status status, Instant createdAt, Instant updatedAt) {

    public record Status(
            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant lastPollAt,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant lastSuccessAt,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String lastError,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant lastErrorAt,
            long itemsSeen, long itemsNew, int lastPollItemsSeen, int lastPollItemsNew, long polls,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant nextPollAt) {
    }
}
