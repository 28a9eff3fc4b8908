package org.conflictledger.ceasefire;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.ChangedSince;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.SortSpec;
import org.conflictledger.common.Times;
import org.conflictledger.history.ChangeLog;
import org.conflictledger.history.ChangeOp;
import org.conflictledger.history.ChangeResource;
import org.conflictledger.party.PartyService;
import org.conflictledger.source.SourceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alleged violations of cease-fires: who accused whom, when, on which source, about which strike. */
@Service
public class AllegationService {

    private static final Map<String, String> SORTS = Map.of("at", "alleged_at", "id", "id",
            "createdAt", "created_at", "accuser", "accuser", "accused", "accused");
    private static final String COLUMNS = "id, ceasefire_id, accuser, accused, alleged_at, source_id, strike_id,"
            + " summary, created_at";

    private final AllegationRepository allegations;
    private final CeasefireRepository ceasefires;
    private final PartyService parties;
    private final SourceService sources;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChangeLog changeLog;

    AllegationService(AllegationRepository allegations, CeasefireRepository ceasefires, PartyService parties,
            SourceService sources, JdbcClient jdbc, Clock clock, ChangeLog changeLog) {
        this.changeLog = changeLog;
        this.allegations = allegations;
        this.ceasefires = ceasefires;
        this.parties = parties;
        this.sources = sources;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an alleged violation. Accuser and accused must be known, different parties; a source and
     * a strike, when given, must exist (400 naming the field otherwise).
     */
    @Transactional
    public AllegationView create(long ceasefireId, AllegationRequest request) {
        requireCeasefire(ceasefireId);
        String accuser = parties.requireKnown("accuser", request.accuser());
        String accused = parties.requireKnown("accused", request.accused());
        if (accuser.equals(accused)) {
            throw ApiException.invalid("accused", "must differ from accuser");
        }
        Instant at = Times.checked("at", request.at());
        Long sourceId = sources.requireKnown("sourceId", request.sourceId());
        if (request.strikeId() != null && !strikeExists(request.strikeId())) {
            throw ApiException.invalid("strikeId", "no strike with id " + request.strikeId());
        }
        String summary = request.summary() == null || request.summary().isBlank() ? null : request.summary().trim();
        AllegationView created = allegations.saveAndFlush(new Allegation(ceasefireId, accuser, accused, at, sourceId,
                request.strikeId(), summary, clock.instant())).view();
        // the cease-fire's recorded state lists its allegations
        changeLog.record(ChangeResource.CEASEFIRE, ceasefireId, ChangeOp.UPDATE);
        return created;
    }

    /**
     * One page of a cease-fire's allegations, optionally by accuser, accused and a window
     * {@code [from, to)} on the alleged date; sorted by {@code sort} (at, id, createdAt, accuser,
     * accused; default at); with {@code updatedSince}, only those recorded at or after it (allegations
     * are never changed).
     */
    @Transactional(readOnly = true)
    public PageResponse<AllegationView> list(long ceasefireId, String accuser, String accused, OffsetDateTime from,
            OffsetDateTime to, Instant updatedSince, String sort, PageQuery page) {
        requireCeasefire(ceasefireId);
        return find(List.of(ceasefireId), accuser, accused, from, to, updatedSince, sort, page);
    }

    /**
     * Alleged violations of many cease-fires at once (all of them when {@code ceasefireIds} is empty),
     * with the same filters, sorting and paging as {@link #list}: what a dashboard drawing every
     * cease-fire of a period needs in one request. Unknown ids simply match nothing.
     */
    @Transactional(readOnly = true)
    public PageResponse<AllegationView> listAcross(List<Long> ceasefireIds, String accuser, String accused,
            OffsetDateTime from, OffsetDateTime to, Instant updatedSince, String sort, PageQuery page) {
        return find(ceasefireIds, accuser, accused, from, to, updatedSince, sort, page);
    }

    private PageResponse<AllegationView> find(List<Long> ceasefireIds, String accuser, String accused,
            OffsetDateTime from, OffsetDateTime to, Instant updatedSince, String sort, PageQuery page) {
        SortSpec order = SortSpec.parse(sort, SORTS, SortSpec.of("at", "alleged_at", false));
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!ceasefireIds.isEmpty()) {
            where.append(" and ceasefire_id in (:ceasefireIds)");
            params.put("ceasefireIds", ceasefireIds);
        }
        if (accuser != null && !accuser.isBlank()) {
            where.append(" and accuser = :accuser");
            params.put("accuser", PartyService.normalize(accuser));
        }
        if (accused != null && !accused.isBlank()) {
            where.append(" and accused = :accused");
            params.put("accused", PartyService.normalize(accused));
        }
        Instant fromInstant = Times.checked("from", from);
        Instant toInstant = Times.checked("to", to);
        Times.requireOrdered(fromInstant, toInstant);
        if (fromInstant != null) {
            where.append(" and alleged_at >= :from");
            params.put("from", fromInstant.atOffset(ZoneOffset.UTC));
        }
        if (toInstant != null) {
            where.append(" and alleged_at < :to");
            params.put("to", toInstant.atOffset(ZoneOffset.UTC));
        }
        ChangedSince.append(where, params, "created_at", updatedSince);
        long total = jdbc.sql("select count(*) from ceasefire_allegation" + where).params(params)
                .query(Long.class).single();
        List<AllegationView> items = jdbc.sql("select " + COLUMNS + " from ceasefire_allegation" + where
                        + order.orderBy("id") + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new AllegationView(rs.getLong("id"), rs.getLong("ceasefire_id"),
                        rs.getString("accuser"), rs.getString("accused"), Times.instant(rs, "alleged_at"),
                        rs.getObject("source_id", Long.class), rs.getObject("strike_id", Long.class),
                        rs.getString("summary"), Times.instant(rs, "created_at")))
                .list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public AllegationView get(long ceasefireId, long allegationId) {
        return find(ceasefireId, allegationId).view();
    }

    @Transactional
    public void delete(long ceasefireId, long allegationId) {
        allegations.delete(find(ceasefireId, allegationId));
        allegations.flush();
        changeLog.record(ChangeResource.CEASEFIRE, ceasefireId, ChangeOp.UPDATE);
    }

    private Allegation find(long ceasefireId, long allegationId) {
        requireCeasefire(ceasefireId);
        return allegations.findById(allegationId).filter(a -> a.ceasefireId() == ceasefireId)
                .orElseThrow(() -> ApiException.notFound("allegation", allegationId).with("ceasefireId", ceasefireId));
    }

    private void requireCeasefire(long id) {
        if (!ceasefires.existsById(id)) {
            throw ApiException.notFound("ceasefire", id);
        }
    }

    // the strike feature is separate; its table is all this needs to know
    private boolean strikeExists(long strikeId) {
        return jdbc.sql("select exists(select 1 from strike where id = ?)").param(strikeId).query(Boolean.class)
                .single();
    }
}
