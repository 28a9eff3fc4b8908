package org.conflictledger.history;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A page of the change feed. {@code nextCursor} is absent on the last page; a client that has read
 * everything keeps the cursor of the last item and asks again with {@code since=} it later.
 */
public record ChangePage(List<Change> items, @JsonInclude(JsonInclude.Include.NON_NULL) Long nextCursor) {
}
