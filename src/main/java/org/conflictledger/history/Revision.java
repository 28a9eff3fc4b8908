package org.conflictledger.history;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change of one resource: when, by whom (the API key's name, or "system"), what it did,
 * the row version it left and the whole state after it ({@code null} for a deletion).
 */
public record Revision(long cursor, Instant at, String author, ChangeOp op, @Nullable Long version,
        @JsonRawValue @Nullable String state) {
}
