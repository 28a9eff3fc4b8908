package org.conflictledger.ceasefire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.ChangedSince;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.SortSpec;
import org.conflictledger.common.Times;
import org.conflictledger.history.ChangeLog;
import org.conflictledger.history.ChangeOp;
import org.conflictledger.history.ChangeResource;
import org.conflictledger.party.PartyService;
import org.conflictledger.security.Actors;
import org.conflictledger.source.SourceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cease-fires: their terms, party positions and status machine. Every change to one cease-fire
 * locks its row first, so that concurrent transitions queue up and each sees the status the
 * previous one left.
 */
@Service
public class CeasefireService {

    private static final Map<String, String> SORTS = Map.of("id", "c.id", "name", "lower(c.name)",
            "proposedAt", "c.proposed_at", "agreedAt", "c.agreed_at", "effectiveFrom", "c.effective_from",
            "effectiveUntil", "c.effective_until", "status", "c.status", "scope", "c.scope",
            "createdAt", "c.created_at", "updatedAt", "c.updated_at");

    private final CeasefireRepository ceasefires;
    private final PartyService parties;
    private final SourceService sources;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChangeLog changeLog;

    CeasefireService(CeasefireRepository ceasefires, PartyService parties, SourceService sources, JdbcClient jdbc,
            Clock clock, ChangeLog changeLog) {
        this.changeLog = changeLog;
        this.ceasefires = ceasefires;
        this.parties = parties;
        this.sources = sources;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a proposed cease-fire; its history starts with the creation entry at {@code proposedAt}. */
    @Transactional
    public CeasefireView create(CeasefireRequest request) {
        Instant now = clock.instant();
        Ceasefire ceasefire = ceasefires.saveAndFlush(new Ceasefire(terms(request, null, now), Actors.current(), now));
        changeLog.record(ChangeResource.CEASEFIRE, ceasefire.id(), ChangeOp.CREATE);
        return ceasefire.view(0);
    }

    @Transactional(readOnly = true)
    public CeasefireView get(long id) {
        return find(id).view(allegationCount(id));
    }

    /**
     * One page of cease-fires matching the filter, sorted by {@code sort} (proposedAt, name, id,
     * status, scope, agreedAt, effectiveFrom, effectiveUntil, createdAt, updatedAt; default proposedAt).
     */
    @Transactional(readOnly = true)
    public PageResponse<CeasefireView> list(CeasefireFilter filter, String sort, PageQuery page) {
        SortSpec order = SortSpec.parse(sort, SORTS, SortSpec.of("proposedAt", "c.proposed_at", false));
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.scope() != null) {
            where.append(" and c.scope = :scope");
            params.put("scope", filter.scope().name());
        }
        if (filter.party() != null && !filter.party().isBlank()) {
            where.append(" and exists (select 1 from ceasefire_party p where p.ceasefire_id = c.id and p.party = :party)");
            params.put("party", PartyService.normalize(filter.party()));
        }
        Instant from = Times.checked("from", filter.from());
        Instant to = Times.checked("to", filter.to());
        Times.requireOrdered(from, to);
        if (from != null) {
            // the lifetime ends at the terminal transition, which is always the latest entry of the history
            where.append(" and (c.status not in (:terminal) or (select max(t.at) from ceasefire_transition t"
                    + " where t.ceasefire_id = c.id) > :from)");
            params.put("terminal", CeasefireStatus.terminal().stream().map(Enum::name).toList());
            params.put("from", utc(from));
        }
        if (to != null) {
            where.append(" and c.proposed_at < :to");
            params.put("to", utc(to));
        }
        ChangedSince.append(where, params, "c.updated_at", filter.updatedSince());
        long total = jdbc.sql("select count(*) from ceasefire c" + where).params(params).query(Long.class).single();
        List<Long> ids = jdbc.sql("select c.id from ceasefire c" + where + order.orderBy("c.id")
                        + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(Long.class).list();
        return new PageResponse<>(views(ids), page.page(), page.size(), total);
    }

    /** Replaces the terms (everything but status and history); the creation entry follows proposedAt. */
    @Transactional
    public CeasefireView update(long id, CeasefireRequest request) {
        Ceasefire ceasefire = locked(id);
        Instant now = clock.instant();
        ceasefire.revise(terms(request, ceasefire.proposedAt(), now), now);
        ceasefires.flush();
        changeLog.record(ChangeResource.CEASEFIRE, id, ChangeOp.UPDATE);
        return ceasefire.view(allegationCount(id));
    }

    @Transactional
    public void delete(long id) {
        Ceasefire ceasefire = locked(id);
        // negotiation events that name the cease-fire lose the link (on delete set null): they change too
        List<Long> negotiations = jdbc.sql("select id from negotiation_event where ceasefire_id = ?").param(id)
                .query(Long.class).list();
        ceasefires.delete(ceasefire);
        ceasefires.flush();
        changeLog.record(ChangeResource.CEASEFIRE, id, ChangeOp.DELETE);
        changeLog.record(ChangeResource.NEGOTIATION, negotiations, ChangeOp.UPDATE);
    }

    /**
     * Moves the status machine. 409 when the move is not allowed from the current status (the problem
     * names it and the allowed ones) or when {@code at} is before the latest history entry.
     */
    @Transactional
    public CeasefireView transition(long id, TransitionRequest request) {
        Ceasefire ceasefire = locked(id);
        Long sourceId = sources.requireKnown("sourceId", request.sourceId());
        Instant at = Times.checked("at", request.at());
        ceasefire.transition(request.to(), at, sourceId, blankToNull(request.note()), Actors.current(),
                clock.instant());
        ceasefires.flush();
        changeLog.record(ChangeResource.CEASEFIRE, id, ChangeOp.UPDATE);
        return ceasefire.view(allegationCount(id));
    }

    @Transactional(readOnly = true)
    public HistoryEntryView historyEntry(long id, long transitionId) {
        return find(id).entry(transitionId).view();
    }

    /** Removes the latest transition and reverts the status; any other entry is a 409. */
    @Transactional
    public void undoTransition(long id, long transitionId) {
        locked(id).undo(transitionId, clock.instant());
        ceasefires.flush();
        changeLog.record(ChangeResource.CEASEFIRE, id, ChangeOp.UPDATE);
    }

    /** Sets or changes one party's position (the party becomes a party of the cease-fire if it was not). */
    @Transactional
    public CeasefireView setPosition(long id, String partyCode, PositionRequest request) {
        Ceasefire ceasefire = locked(id);
        String party = parties.requireKnown("party", partyCode);
        ceasefire.position(party, new Participation(request.position(), blankToNull(request.conditions()),
                Times.checked("at", request.at())), clock.instant());
        ceasefires.flush();
        changeLog.record(ChangeResource.CEASEFIRE, id, ChangeOp.UPDATE);
        return ceasefire.view(allegationCount(id));
    }

    @Transactional
    public void removeParty(long id, String partyCode) {
        Ceasefire ceasefire = locked(id);
        String party = PartyService.normalize(partyCode);
        if (!ceasefire.removeParty(party, clock.instant())) {
            throw ApiException.notFound("party of cease-fire " + id, party).with("ceasefireId", id);
        }
        ceasefires.flush();
        changeLog.record(ChangeResource.CEASEFIRE, id, ChangeOp.UPDATE);
    }

    private List<CeasefireView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Ceasefire> byId = ceasefires.findAllById(ids).stream()
                .collect(Collectors.toMap(Ceasefire::id, Function.identity()));
        Map<Long, Long> allegations = new HashMap<>();
        jdbc.sql("select ceasefire_id, count(*) as n from ceasefire_allegation where ceasefire_id in (:ids)"
                        + " group by ceasefire_id")
                .param("ids", ids)
                .query(rs -> {
                    allegations.put(rs.getLong("ceasefire_id"), rs.getLong("n"));
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull)
                .map(c -> c.view(allegations.getOrDefault(c.id(), 0L))).toList();
    }

    private Ceasefire.Terms terms(CeasefireRequest request, Instant currentProposedAt, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();

        Map<String, Participation> positions = new LinkedHashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        List<PartyPositionRequest> entries = request.parties() == null ? List.of() : request.parties();
        for (int i = 0; i < entries.size(); i++) {
            PartyPositionRequest entry = entries.get(i);
            String field = "parties[" + i + "].party";
            String code = PartyService.normalize(entry.party());
            Integer earlier = firstIndex.putIfAbsent(code, i);
            if (earlier != null) {
                problems.add(new FieldProblem(field, "party " + code + " is listed twice (also parties[" + earlier
                        + "])", code, null));
            } else {
                parties.requireKnown(field, code);
                positions.put(code, new Participation(entry.position(), blankToNull(entry.conditions()),
                        Times.checked("parties[" + i + "].at", entry.at())));
            }
        }

        Set<String> mediators = new LinkedHashSet<>();
        List<String> mediatorCodes = request.mediators() == null ? List.of() : request.mediators();
        for (int i = 0; i < mediatorCodes.size(); i++) {
            String code = PartyService.normalize(mediatorCodes.get(i));
            if (mediators.add(code)) {
                parties.requireKnown("mediators[" + i + "]", code);
            }
        }

        Instant proposedAt = request.proposedAt() != null ? Times.checked("proposedAt", request.proposedAt())
                : currentProposedAt != null ? currentProposedAt : now;
        Instant agreedAt = Times.checked("agreedAt", request.agreedAt());
        if (agreedAt != null && agreedAt.isBefore(proposedAt)) {
            problems.add(new FieldProblem("agreedAt", "must not be before proposedAt (" + proposedAt + ")",
                    agreedAt.toString(), null));
        }

        Instant effectiveFrom = Times.checked("effectiveFrom", request.effectiveFrom());
        Instant effectiveUntil = Times.checked("effectiveUntil", request.effectiveUntil());
        Long durationSeconds = null;
        if (request.duration() != null && !request.duration().isBlank()) {
            Duration duration = Durations.parse("duration", request.duration());
            durationSeconds = duration.getSeconds();
            if (effectiveFrom != null) {
                Instant end = effectiveFrom.plus(duration);
                if (effectiveUntil == null) {
                    effectiveUntil = Times.checked("duration", end.atOffset(ZoneOffset.UTC));
                } else if (!effectiveUntil.equals(end)) {
                    problems.add(new FieldProblem("duration", "does not match effectiveFrom to effectiveUntil ("
                            + Duration.between(effectiveFrom, effectiveUntil) + "); give one or make them agree",
                            request.duration(), null));
                }
            }
        }
        if (effectiveFrom != null && effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
            problems.add(new FieldProblem("effectiveUntil", "must be after effectiveFrom (" + effectiveFrom + ")",
                    effectiveUntil.toString(), null));
        }

        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new Ceasefire.Terms(request.name().trim(), request.scope(), areas(request.areas()),
                blankToNull(request.description()), positions, mediators, proposedAt, agreedAt, effectiveFrom,
                effectiveUntil, durationSeconds);
    }

    /** Trimmed, without repeats (compared case-insensitively, as coverage compares them). */
    private static List<String> areas(List<String> areas) {
        if (areas == null) {
            return List.of();
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String area : areas) {
            distinct.putIfAbsent(area.trim().toLowerCase(Locale.ROOT), area.trim());
        }
        return List.copyOf(distinct.values());
    }

    private long allegationCount(long id) {
        return jdbc.sql("select count(*) from ceasefire_allegation where ceasefire_id = ?").param(id)
                .query(Long.class).single();
    }

    private Ceasefire find(long id) {
        return ceasefires.findById(id).orElseThrow(() -> ApiException.notFound("ceasefire", id));
    }

    private Ceasefire locked(long id) {
        return ceasefires.findForUpdate(id).orElseThrow(() -> ApiException.notFound("ceasefire", id));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
