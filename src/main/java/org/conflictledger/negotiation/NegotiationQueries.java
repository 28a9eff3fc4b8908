package org.conflictledger.negotiation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.conflictledger.common.ChangedSince;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.SortSpec;
import org.conflictledger.common.TimePrecision;
import org.conflictledger.common.Times;
import org.conflictledger.party.PartyService;
import org.conflictledger.source.SourceService;
import org.conflictledger.source.SourceSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads negotiation events with SQL: a page costs a fixed number of queries (count, rows, then
 * participants, quotes and sources for all rows at once) whatever its size, where lazy JPA
 * collections would cost three queries per event.
 */
@Component
class NegotiationQueries {

    static final Map<String, String> SORTS = sorts("occurredAt", "e.occurred_at", "kind", "e.kind", "id", "e.id");
    static final SortSpec DEFAULT_SORT = SortSpec.of("occurredAt", "e.occurred_at", false);

    private static final String COLUMNS = "e.id, e.kind, e.track_id, t.name as track_name, e.title, e.occurred_at,"
            + " e.time_precision, e.duration_minutes, e.duration_qualifier, e.place, e.country, e.topics, e.tone,"
            + " e.outcome, e.ceasefire_id, e.version, e.created_at, e.updated_at";
    private static final String FROM = " from negotiation_event e left join track t on t.id = e.track_id";

    private final JdbcClient jdbc;
    private final SourceService sources;

    NegotiationQueries(JdbcClient jdbc, SourceService sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    Optional<NegotiationView> find(long id) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + FROM + " where e.id = :id").param("id", id)
                .query(NegotiationQueries::row).list();
        return assemble(rows).stream().findFirst();
    }

    PageResponse<NegotiationView> page(NegotiationFilter filter, SortSpec order, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from negotiation_event e" + where).params(params)
                .query(Long.class).single();
        List<Row> rows = List.of();
        if (total > page.offset()) {
            rows = jdbc.sql("select " + COLUMNS + FROM + where + order.orderBy("e.id") + " limit :limit offset :offset")
                    .params(params).param("limit", page.size()).param("offset", page.offset())
                    .query(NegotiationQueries::row).list();
        }
        return new PageResponse<>(assemble(rows), page.page(), page.size(), total);
    }

    /** Every event of a track, in time order. */
    List<TrackEvent> trackEvents(long trackId) {
        return jdbc.sql("select id, kind, occurred_at, time_precision, title, place, country, topics, tone"
                        + " from negotiation_event where track_id = :track order by occurred_at, id")
                .param("track", trackId)
                .query((rs, n) -> new TrackEvent(rs.getLong("id"), NegotiationKind.valueOf(rs.getString("kind")),
                        Times.instant(rs, "occurred_at"), TimePrecision.valueOf(rs.getString("time_precision")),
                        rs.getString("title"), rs.getString("place"), rs.getString("country"),
                        topics(rs.getArray("topics")), Tone.valueOf(rs.getString("tone"))))
                .list();
    }

    long countForTrack(long trackId) {
        return jdbc.sql("select count(*) from negotiation_event where track_id = :track").param("track", trackId)
                .query(Long.class).single();
    }

    boolean ceasefireExists(long id) {
        // the cease-fire feature's table, not its classes: this feature depends on the schema only
        return jdbc.sql("select exists(select 1 from ceasefire where id = ?)").param(id).query(Boolean.class).single();
    }

    private static String where(NegotiationFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.from() != null) {
            where.append(" and e.occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and e.occurred_at < :to");
            params.put("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        ChangedSince.append(where, params, "e.updated_at", filter.updatedSince());
        if (filter.track() != null) {
            where.append(" and e.track_id = :track");
            params.put("track", filter.track());
        }
        if (filter.kind() != null) {
            where.append(" and e.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.topic() != null) {
            where.append(" and e.topics @> array[cast(:topic as text)]");
            params.put("topic", filter.topic().name());
        }
        if (filter.country() != null) {
            where.append(" and e.country = :country");
            params.put("country", filter.country());
        }
        if (filter.participant() != null) {
            where.append(" and exists (select 1 from negotiation_participant p where p.event_id = e.id"
                    + " and (lower(p.name) like :participantName escape '\\' or p.party = :participantParty))");
            params.put("participantName", "%" + likeEscape(filter.participant().toLowerCase(Locale.ROOT)) + "%");
            params.put("participantParty", PartyService.normalize(filter.participant()));
        }
        return where.toString();
    }

    private List<NegotiationView> assemble(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Participant>> participants = new HashMap<>();
        jdbc.sql("select event_id, name, title, party, capacity from negotiation_participant"
                        + " where event_id in (:ids) order by event_id, position")
                .param("ids", ids)
                .query(rs -> {
                    participants.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>()).add(new Participant(
                            rs.getString("name"), rs.getString("title"), rs.getString("party"),
                            Capacity.valueOf(rs.getString("capacity"))));
                });
        Map<Long, List<Quote>> quotes = new HashMap<>();
        jdbc.sql("select event_id, speaker, text from negotiation_quote where event_id in (:ids)"
                        + " order by event_id, position")
                .param("ids", ids)
                .query(rs -> {
                    quotes.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                            .add(new Quote(rs.getString("speaker"), rs.getString("text")));
                });
        Map<Long, List<Long>> sourceIds = new HashMap<>();
        jdbc.sql("select event_id, source_id from negotiation_source where event_id in (:ids)"
                        + " order by event_id, source_id")
                .param("ids", ids)
                .query(rs -> {
                    sourceIds.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                            .add(rs.getLong("source_id"));
                });
        Map<Long, SourceSummary> summaries = sources.summaries(
                sourceIds.values().stream().flatMap(Collection::stream).distinct().toList());
        Map<Long, NegotiationView> views = new LinkedHashMap<>();
        for (Row row : rows) {
            List<Long> cited = sourceIds.getOrDefault(row.id(), List.of());
            views.put(row.id(), new NegotiationView(row.id(), row.kind(), row.trackId(), row.trackName(), row.title(),
                    row.occurredAt(), row.timePrecision(), row.duration(), row.place(), row.country(),
                    participants.getOrDefault(row.id(), List.of()), row.topics(), row.tone(), row.outcome(),
                    quotes.getOrDefault(row.id(), List.of()), row.ceasefireId(), cited,
                    cited.stream().map(summaries::get).toList(), row.version(), row.createdAt(), row.updatedAt()));
        }
        return List.copyOf(views.values());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long minutes = rs.getLong("duration_minutes");
        StatedDuration duration = rs.wasNull() ? null
                : new StatedDuration(minutes, DurationQualifier.valueOf(rs.getString("duration_qualifier")));
        long track = rs.getLong("track_id");
        Long trackId = rs.wasNull() ? null : track;
        long ceasefire = rs.getLong("ceasefire_id");
        Long ceasefireId = rs.wasNull() ? null : ceasefire;
        return new Row(rs.getLong("id"), NegotiationKind.valueOf(rs.getString("kind")), trackId,
                rs.getString("track_name"), rs.getString("title"), Times.instant(rs, "occurred_at"),
                TimePrecision.valueOf(rs.getString("time_precision")), duration, rs.getString("place"),
                rs.getString("country"), topics(rs.getArray("topics")), Tone.valueOf(rs.getString("tone")),
                rs.getString("outcome"), ceasefireId, rs.getLong("version"), Times.instant(rs, "created_at"),
                Times.instant(rs, "updated_at"));
    }

    private static List<Topic> topics(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(t -> Topic.valueOf((String) t)).toList();
    }

    /** An ordered map, so that an error lists the sort fields in a stable order. */
    static Map<String, String> sorts(String... fieldsAndColumns) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndColumns.length; i += 2) {
            out.put(fieldsAndColumns[i], fieldsAndColumns[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The columns of one event, before its collections are attached. */
    private record Row(long id, NegotiationKind kind, Long trackId, String trackName, String title, Instant occurredAt,
            TimePrecision timePrecision, StatedDuration duration, String place, String country, List<Topic> topics,
            Tone tone, String outcome, Long ceasefireId, long version, Instant createdAt, Instant updatedAt) {
    }
}
