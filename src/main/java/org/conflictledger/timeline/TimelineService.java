package org.conflictledger.timeline;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.CsvWriter;
import org.conflictledger.common.ExportQueries;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.StreamedExport;
import org.conflictledger.common.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unified timeline: strikes (at startedAt), cease-fire history entries (creation and every status
 * change, at their date) and negotiation events (at occurredAt) in one stream ordered by (time, kind,
 * entry id). Pages are keyset pages: each kind's branch starts right after the cursor on its own
 * (time, id) index and reads at most one page, so every page costs the same at any depth. SQL through
 * JdbcClient: it reads three features' tables at once, which no one entity could.
 */
@Service
public class TimelineService {

    /** The CSV columns of a timeline export. */
    public static final List<String> CSV_COLUMNS = List.of("kind", "time", "id", "entryId", "summary", "link");

    private static final String COLUMNS = "kind, rank, t, key, id, a1, a2, a3, a4, a5, a6, n1, n2";

    private final JdbcClient jdbc;
    private final ExportQueries queries;

    TimelineService(JdbcClient jdbc, ExportQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** One page of at most {@code limit} items, after {@code cursor} (a page's nextCursor) when given. */
    @Transactional(readOnly = true)
    public TimelinePage page(TimelineQuery query, int limit, String cursor) {
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        Map<String, Object> params = new HashMap<>();
        params.put("n", limit + 1);
        List<String> branches = new ArrayList<>();
        for (TimelineKind kind : query.kinds()) {
            branches.add("(" + branch(kind, query, after, params) + " order by t, key limit :n)");
        }
        List<TimelineItem> items = jdbc.sql("select " + COLUMNS + " from (" + String.join(" union all ", branches)
                        + ") x order by t, rank, key limit :n")
                .params(params).query((rs, n) -> item(rs)).list();
        String next = null;
        if (items.size() > limit) {
            items = new ArrayList<>(items.subList(0, limit));
            TimelineItem last = items.get(limit - 1);
            long key = last.kind() == TimelineKind.CEASEFIRE ? last.entryId() : last.id();
            next = new Cursor(last.time(), last.kind().ordinal(), key).encode();
        }
        return new TimelinePage(items, next);
    }

    /** Every matching item as CSV, in timeline order, streamed. */
    public StreamedExport csv(TimelineQuery query) {
        Map<String, Object> params = new HashMap<>();
        List<String> branches = new ArrayList<>();
        for (TimelineKind kind : query.kinds()) {
            branches.add(branch(kind, query, null, params));
        }
        String sql = "select " + COLUMNS + " from (" + String.join(" union all ", branches) + ") x order by t, rank, key";
        return out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.header(CSV_COLUMNS);
            queries.stream(sql, params, rs -> {
                TimelineItem item = item(rs);
                csv.field(item.kind()).field(item.time()).field(item.id()).field(item.entryId())
                        .field(item.summary()).field(item.link()).endRecord();
            });
            csv.flush();
        };
    }

    private static String branch(TimelineKind kind, TimelineQuery query, Cursor after, Map<String, Object> params) {
        String time;
        String key;
        String select;
        switch (kind) {
            case STRIKE -> {
                time = "s.started_at";
                key = "s.id";
                select = "select 'STRIKE' as kind, 0 as rank, s.started_at as t, s.id as key, s.id as id,"
                        + " s.attacker as a1, s.target as a2, s.weapon_category as a3,"
                        + " array_to_string(s.weapon_models, ', ') as a4, s.place as a5, s.region as a6,"
                        + " s.launched_best::bigint as n1, s.killed_best::bigint as n2 from strike s where true";
            }
            case CEASEFIRE -> {
                time = "h.at";
                key = "h.id";
                select = "select 'CEASEFIRE' as kind, 1 as rank, h.at as t, h.id as key, c.id as id, c.name as a1,"
                        + " h.from_status as a2, h.to_status as a3, h.note as a4, c.scope as a5, null::text as a6,"
                        + " null::bigint as n1, null::bigint as n2"
                        + " from ceasefire_transition h join ceasefire c on c.id = h.ceasefire_id where true";
            }
            default -> {
                time = "e.occurred_at";
                key = "e.id";
                select = "select 'NEGOTIATION' as kind, 2 as rank, e.occurred_at as t, e.id as key, e.id as id,"
                        + " e.kind as a1, e.title as a2, e.place as a3, e.country as a4,"
                        + " (select string_agg(p.name || coalesce(' (' || p.party || ')', ''), ', ' order by p.position)"
                        + " from negotiation_participant p where p.event_id = e.id) as a5,"
                        + " array_to_string(e.topics, ', ') as a6, e.track_id as n1, null::bigint as n2"
                        + " from negotiation_event e where true";
            }
        }
        StringBuilder sql = new StringBuilder(select);
        if (query.from() != null) {
            sql.append(" and ").append(time).append(" >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and ").append(time).append(" < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        if (after != null) {
            params.put("cursorTime", Timestamp.from(after.time()));
            params.put("cursorKey", after.key());
            int rank = kind.ordinal();
            if (rank > after.rank()) {
                sql.append(" and ").append(time).append(" >= :cursorTime");
            } else if (rank < after.rank()) {
                sql.append(" and ").append(time).append(" > :cursorTime");
            } else {
                sql.append(" and (").append(time).append(", ").append(key).append(") > (:cursorTime, :cursorKey)");
            }
        }
        return sql.toString();
    }

    private static TimelineItem item(ResultSet rs) throws SQLException {
        TimelineKind kind = TimelineKind.valueOf(rs.getString("kind"));
        Instant time = Times.instant(rs, "t");
        long id = rs.getLong("id");
        return switch (kind) {
            case STRIKE -> new TimelineItem(kind, time, id, strikeSummary(rs), "/api/v1/strikes/" + id,
                    rs.getString("a1"), rs.getString("a2"), null, null, null, null, null);
            case CEASEFIRE -> new TimelineItem(kind, time, id, ceasefireSummary(rs), "/api/v1/ceasefires/" + id,
                    null, null, rs.getLong("key"), rs.getString("a2"), rs.getString("a3"), null, null);
            case NEGOTIATION -> new TimelineItem(kind, time, id, negotiationSummary(rs), "/api/v1/negotiations/" + id,
                    null, null, null, null, null, rs.getString("a1"), rs.getObject("n1", Long.class));
        };
    }

    // "RU DRONE strike on UA (Shahed-136/131) at Kyiv, Kyiv city: launched 88, killed 2"
    private static String strikeSummary(ResultSet rs) throws SQLException {
        StringBuilder text = new StringBuilder(rs.getString("a1")).append(' ').append(rs.getString("a3"))
                .append(" strike on ").append(rs.getString("a2"));
        String models = rs.getString("a4");
        if (models != null && !models.isEmpty()) {
            text.append(" (").append(models).append(')');
        }
        String where = joined(rs.getString("a5"), rs.getString("a6"));
        if (where != null) {
            text.append(" at ").append(where);
        }
        List<String> figures = new ArrayList<>();
        long launched = rs.getLong("n1");
        if (!rs.wasNull()) {
            figures.add("launched " + launched);
        }
        long killed = rs.getLong("n2");
        if (!rs.wasNull()) {
            figures.add("killed " + killed);
        }
        if (!figures.isEmpty()) {
            text.append(": ").append(String.join(", ", figures));
        }
        return oneLine(text.toString());
    }

    // "Energy moratorium (ENERGY_INFRASTRUCTURE) proposed" or "Energy moratorium: AGREED → IN_FORCE (phone call)"
    private static String ceasefireSummary(ResultSet rs) throws SQLException {
        String name = rs.getString("a1");
        String from = rs.getString("a2");
        String to = rs.getString("a3");
        String note = rs.getString("a4");
        String text = from == null ? name + " (" + rs.getString("a5") + ") proposed"
                : name + ": " + from + " → " + to;
        return oneLine(note == null || note.isBlank() ? text : text + " (" + note + ")");
    }

    // "MEETING at St. Petersburg, RU: Steve Witkoff (US), Vladimir Putin (RU) on CEASEFIRE, PEACE_SETTLEMENT"
    private static String negotiationSummary(ResultSet rs) throws SQLException {
        StringBuilder text = new StringBuilder(rs.getString("a1"));
        String where = joined(rs.getString("a3"), rs.getString("a4"));
        if (where != null) {
            text.append(" at ").append(where);
        }
        String title = rs.getString("a2");
        String who = rs.getString("a5");
        if (title != null && !title.isBlank()) {
            text.append(": ").append(title);
        } else if (who != null && !who.isBlank()) {
            text.append(": ").append(who);
        }
        String topics = rs.getString("a6");
        if (topics != null && !topics.isEmpty()) {
            text.append(" on ").append(topics);
        }
        return oneLine(text.toString());
    }

    private static String joined(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null || b.isBlank() ? null : b;
        }
        return b == null || b.isBlank() || b.equalsIgnoreCase(a) ? a : a + ", " + b;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** Where a page ended: the last item's time, kind rank and entry id, as an opaque token. */
    record Cursor(Instant time, int rank, long key) {

        String encode() {
            long micros = Times.epochMicros(time);
            String text = micros + ":" + rank + ":" + key;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8)
                        .split(":");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("three parts");
                }
                long micros = Long.parseLong(parts[0]);
                int rank = Integer.parseInt(parts[1]);
                if (rank < 0 || rank >= TimelineKind.values().length) {
                    throw new IllegalArgumentException("rank");
                }
                return new Cursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                        Math.floorMod(micros, 1_000_000L) * 1000), rank, Long.parseLong(parts[2]));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw ApiException.invalid(List.of(new FieldProblem("cursor",
                        "is not a cursor of the timeline (use nextCursor as given)", text, null)));
            }
        }
    }
}
