package org.conflictledger.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The {@code updatedSince} parameter every list and export shares (DOMAIN.md, API conventions): the rows
 * whose change column is at or after the instant. One condition, one parameter name, one bound type.
 */
public final class ChangedSince {

    // the named parameter the condition binds
    private static final String PARAM = "updatedSince";

    private ChangedSince() {
    }

    /**
     * Appends {@code and <column> >= :updatedSince} to {@code where} and binds the instant in UTC; does
     * nothing when {@code since} is null.
     */
    public static void append(StringBuilder where, Map<String, Object> params, String column, Instant since) {
        if (since == null) {
            return;
        }
        where.append(" and ").append(column).append(" >= :").append(PARAM);
        params.put(PARAM, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    }
}
