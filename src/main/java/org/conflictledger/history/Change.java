package org.conflictledger.history;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One item of the change feed: {@code {cursor, at, resource, id, op}} plus author and version;
 * {@code mergedInto} on the DELETE of a strike merged into another (the survivor's id).
 */
public record Change(long cursor, Instant at, String resource, long id, ChangeOp op, String author, Long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long mergedInto) {
}
