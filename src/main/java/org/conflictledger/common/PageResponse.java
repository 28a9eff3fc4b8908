package org.conflictledger.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items":[...],"page","size","total"}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
