package org.conflictledger.strike;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.SortSpec;

/**
 * Where a keyset page of the strike list ends: the sort field, its direction, the last strike's
 * value of it and its id, as an opaque URL-safe token. The next page starts right after that row,
 * which an index finds directly at any depth.
 */
record StrikeCursor(String field, boolean descending, String value, long id) {

    /** Sort columns that may be null; every other sortable column is NOT NULL. */
    private static final List<String> NULLABLE = List.of("s.launched_best", "s.killed_best");

    static StrikeCursor after(SortSpec sort, StrikeView last) {
        Object value = switch (sort.field()) {
            case "startedAt" -> micros(last.startedAt());
            case "endedAt" -> micros(last.endedAt());
            case "createdAt" -> micros(last.createdAt());
            case "updatedAt" -> micros(last.updatedAt());
            case "launched" -> last.launched() == null ? null : last.launched().best();
            case "killed" -> last.killed() == null ? null : last.killed().best();
            default -> last.id();
        };
        return new StrikeCursor(sort.field(), sort.descending(), value == null ? "" : value.toString(), last.id());
    }

    String encode() {
        String text = field + "|" + (descending ? "d" : "a") + "|" + value + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code text}, made for {@code sort}; a 400 naming {@code cursor} otherwise. */
    static StrikeCursor decode(String text, SortSpec sort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw invalid(text);
        }
        if (parts.length != 4) {
            throw invalid(text);
        }
        StrikeCursor cursor;
        try {
            cursor = new StrikeCursor(parts[0], "d".equals(parts[1]), parts[2], Long.parseLong(parts[3]));
            if (!cursor.value.isEmpty()) {
                Long.parseLong(cursor.value);
            }
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
        if (!cursor.field.equals(sort.field()) || cursor.descending != sort.descending()) {
            throw ApiException.invalid(List.of(new FieldProblem("cursor", "was made for another sort ("
                    + cursor.field + (cursor.descending ? " desc" : " asc") + "); repeat the same sort", text, null)));
        }
        return cursor;
    }

    /** The condition on the strike table aliased {@code s} that keeps the rows after this cursor. */
    String condition(SortSpec sort, Map<String, Object> params) {
        String column = sort.column();
        params.put("cursorId", id);
        if (column.equals("s.id")) {
            return descending ? " and s.id < :cursorId" : " and s.id > :cursorId";
        }
        boolean nullable = NULLABLE.contains(column);
        if (value.isEmpty()) {
            // the last row had no value: ascending puts nulls last, descending first
            return descending ? " and ((" + column + " is null and s.id < :cursorId) or " + column + " is not null)"
                    : " and " + column + " is null and s.id > :cursorId";
        }
        long raw = Long.parseLong(value);
        params.put("cursorValue", column.endsWith("_at") ? Timestamp.from(fromMicros(raw)) : raw);
        String after = "(" + column + ", s.id) " + (descending ? "<" : ">") + " (:cursorValue, :cursorId)";
        return nullable && !descending ? " and (" + after + " or " + column + " is null)" : " and " + after;
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    private static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
    }

    private static ApiException invalid(String text) {
        return ApiException.invalid(List.of(new FieldProblem("cursor",
                "is not a cursor of this list (use nextCursor as given)", text, null)));
    }
}
