package org.conflictledger.negotiation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.ChangedSince;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.SortSpec;
import org.conflictledger.common.Times;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tracks: named threads of talks, each listing its negotiation events in time order. */
@Service
public class TrackService {

    private static final Map<String, String> SORTS = NegotiationQueries.sorts("name", "lower(t.name)", "id", "t.id",
            "createdAt", "t.created_at", "lastEventAt", "s.last_at");

    private final TrackRepository tracks;
    private final NegotiationQueries queries;
    private final JdbcClient jdbc;
    private final Clock clock;

    TrackService(TrackRepository tracks, NegotiationQueries queries, JdbcClient jdbc, Clock clock) {
        this.tracks = tracks;
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a track; a name already taken (ignoring case) is a 409. */
    @Transactional
    public TrackView create(TrackRequest request) {
        String name = request.name().trim();
        refuseDuplicate(name, null);
        Track track;
        try {
            track = tracks.saveAndFlush(new Track(name, blankToNull(request.description()), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw duplicate(name, null);
        }
        return view(track);
    }

    /** The track with all its events, ordered by occurredAt, then id. */
    @Transactional(readOnly = true)
    public TrackView get(long id) {
        return view(find(id));
    }

    /** One page of tracks; {@code q} matches part of the name, ignoring case; {@code updatedSince} as on every list. */
    @Transactional(readOnly = true)
    public PageResponse<TrackSummary> list(String q, Instant updatedSince, String sort, PageQuery page) {
        SortSpec order = SortSpec.parse(sort, SORTS, SortSpec.of("name", "lower(t.name)", false));
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (q != null && !q.isBlank()) {
            where.append(" and lower(t.name) like :q escape '\\'");
            params.put("q", "%" + NegotiationQueries.likeEscape(q.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        ChangedSince.append(where, params, "t.updated_at", updatedSince);
        long total = jdbc.sql("select count(*) from track t" + where).params(params).query(Long.class).single();
        // one aggregate per listed track, served by the (track_id, occurred_at) index
        List<TrackSummary> items = jdbc.sql("select t.id, t.name, t.description, t.version, t.created_at,"
                        + " t.updated_at, s.event_count, s.first_at, s.last_at from track t"
                        + " left join lateral (select count(*) as event_count, min(e.occurred_at) as first_at,"
                        + " max(e.occurred_at) as last_at from negotiation_event e where e.track_id = t.id) s on true"
                        + where + order.orderBy("t.id") + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new TrackSummary(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                        rs.getLong("event_count"), Times.instant(rs, "first_at"), Times.instant(rs, "last_at"),
                        rs.getLong("version"), Times.instant(rs, "created_at"), Times.instant(rs, "updated_at")))
                .list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    @Transactional
    public TrackView update(long id, TrackRequest request) {
        Track track = find(id);
        String name = request.name().trim();
        refuseDuplicate(name, id);
        track.describe(name, blankToNull(request.description()), clock.instant());
        try {
            return view(tracks.saveAndFlush(track));
        } catch (DataIntegrityViolationException e) {
            throw duplicate(name, null);
        }
    }

    /** Deletes an empty track. A track that still has events is a 409 saying how many, so none is lost silently. */
    @Transactional
    public void delete(long id) {
        Track track = find(id);
        long events = queries.countForTrack(id);
        if (events > 0) {
            throw ApiException.conflict("in-use", "Track " + id + " still has " + events + " negotiation event"
                    + (events == 1 ? "" : "s") + "; delete its events or move them to another track first.")
                    .with("events", events);
        }
        tracks.delete(track);
        tracks.flush();
    }

    private void refuseDuplicate(String name, Long self) {
        tracks.findByNameIgnoringCase(name).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw duplicate(name, other.id());
        });
    }

    private static ApiException duplicate(String name, Long existingId) {
        ApiException problem = ApiException.conflict("duplicate", "A track named '" + name + "' already exists"
                + (existingId == null ? "." : " (id " + existingId + ")."));
        return existingId == null ? problem : problem.with("existingId", existingId);
    }

    private TrackView view(Track track) {
        List<TrackEvent> events = queries.trackEvents(track.id());
        Instant first = events.isEmpty() ? null : events.get(0).occurredAt();
        Instant last = events.isEmpty() ? null : events.get(events.size() - 1).occurredAt();
        return new TrackView(track.id(), track.name(), track.description(), events.size(), first, last, events,
                track.version(), track.createdAt(), track.updatedAt());
    }

    private Track find(long id) {
        return tracks.findById(id).orElseThrow(() -> ApiException.notFound("track", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
