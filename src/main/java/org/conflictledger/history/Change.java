package org.conflictledger.history;

import java.time.Instant;

/** One item of the change feed: {@code {cursor, at, resource, id, op}} plus author and version. */
public record Change(long cursor, Instant at, String resource, long id, ChangeOp op, String author, Long version) {
}
