package org.conflictledger.stats;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Set;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Time zones of statistics and reports: IANA names that both Java and PostgreSQL know (PostgreSQL
 * buckets by them). Offsets such as {@code +03:00} are refused: PostgreSQL reads them with the
 * opposite sign (POSIX), and a named zone says what an analyst means anyway.
 */
@Component
class Zones {

    private final JdbcClient jdbc;
    private volatile Set<String> known;

    Zones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The zone named by {@code text} (default UTC); a 400 naming {@code field} when unknown. */
    ZoneId parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return ZoneId.of("UTC");
        }
        String name = text.trim();
        ZoneId zone;
        try {
            zone = ZoneId.of(name);
        } catch (DateTimeException e) {
            throw unknown(field, text);
        }
        if (zone instanceof ZoneOffset offset) {
            if (offset.getTotalSeconds() != 0) {
                throw unknown(field, text);
            }
            return ZoneId.of("UTC");
        }
        if (!known().contains(zone.getId())) {
            throw unknown(field, text);
        }
        return zone;
    }

    /** Whether the zone is UTC at every instant (its days are UTC days). */
    static boolean isUtc(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        return rules.isFixedOffset() && rules.getOffset(Instant.EPOCH).getTotalSeconds() == 0;
    }

    /** Whether the zone's offset is a whole number of hours at every instant of {@code [from, to]}. */
    static boolean wholeHours(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        if (rules.getOffset(from).getTotalSeconds() % 3600 != 0) {
            return false;
        }
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && !next.getInstant().isAfter(to)) {
            if (next.getOffsetAfter().getTotalSeconds() % 3600 != 0) {
                return false;
            }
            next = rules.nextTransition(next.getInstant());
        }
        return true;
    }

    private Set<String> known() {
        Set<String> names = known;
        if (names == null) {
            names = Set.copyOf(jdbc.sql("select name from pg_timezone_names").query(String.class).list());
            known = names;
        }
        return names;
    }

    private static ApiException unknown(String field, String text) {
        return ApiException.invalid(List.of(new FieldProblem(field,
                "must be an IANA time zone such as UTC or Europe/Kyiv", text, null)));
    }
}
