package org.conflictledger.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sort order requested as {@code sort=field,asc|desc} or {@code sort=-field}, checked against the
 * fields a list allows and translated to SQL columns (never client text in SQL).
 */
public record SortSpec(String field, String column, boolean descending) {

    public static SortSpec parse(String spec, Map<String, String> allowed, SortSpec fallback) {
        if (spec == null || spec.isBlank()) {
            return fallback;
        }
        String text = spec.trim();
        boolean descending = false;
        String field = text;
        if (text.startsWith("-")) {
            descending = true;
            field = text.substring(1);
        } else if (text.contains(",")) {
            String[] parts = text.split(",", 2);
            field = parts[0].trim();
            String direction = parts[1].trim().toLowerCase(Locale.ROOT);
            if (direction.equals("desc")) {
                descending = true;
            } else if (!direction.equals("asc") && !direction.isEmpty()) {
                throw ApiException.invalid(List.of(new FieldProblem("sort", "direction must be asc or desc",
                        parts[1], List.of("asc", "desc"))));
            }
        }
        String column = allowed.get(field);
        if (column == null) {
            throw ApiException.invalid(List.of(new FieldProblem("sort",
                    "must name one of " + String.join(", ", allowed.keySet()), spec,
                    new ArrayList<>(allowed.keySet()))));
        }
        return new SortSpec(field, column, descending);
    }

    public static SortSpec of(String field, String column, boolean descending) {
        return new SortSpec(field, column, descending);
    }

    /** The ORDER BY clause, with {@code tieBreaker} (a unique column) last so that pages are stable. */
    public String orderBy(String tieBreaker) {
        String direction = descending ? " desc" : " asc";
        return " order by " + column + direction + ", " + tieBreaker + direction;
    }
}
