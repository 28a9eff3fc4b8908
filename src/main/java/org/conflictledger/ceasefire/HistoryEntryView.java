package org.conflictledger.ceasefire;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a cease-fire's history: {@code from} is null for the creation entry. {@code at} is
 * when it happened, {@code recordedAt} when it was written down, {@code author} by whose key.
 */
public record HistoryEntryView(Long id, @Nullable CeasefireStatus from, CeasefireStatus to, Instant at,
        @Nullable Long sourceId, @Nullable String note, String author, Instant recordedAt) {
}
