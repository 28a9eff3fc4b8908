package org.conflictledger.common;

import java.util.ArrayList;
import java.util.List;

/** A validated page request: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public static PageQuery of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<FieldProblem> problems = new ArrayList<>();
        if (p < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more", p, null));
        }
        if (p > 1_000_000) {
            problems.add(new FieldProblem("page", "must be at most 1000000", p, null));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE, s, null));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new PageQuery(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
