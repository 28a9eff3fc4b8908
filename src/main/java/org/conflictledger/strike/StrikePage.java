package org.conflictledger.strike;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of the strike list: {@code {"items","page","size","total"}} as every list, plus
 * {@code nextCursor} when more strikes follow. Asking for the next page with {@code cursor=} costs
 * the same at any depth, where {@code page=} makes the database skip every row before it.
 */
public record StrikePage(List<StrikeView> items, int page, int size, long total,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {
}
