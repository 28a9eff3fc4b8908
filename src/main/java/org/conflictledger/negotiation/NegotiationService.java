package org.conflictledger.negotiation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.SortSpec;
import org.conflictledger.common.Times;
import org.conflictledger.history.ChangeLog;
import org.conflictledger.history.ChangeOp;
import org.conflictledger.history.ChangeResource;
import org.conflictledger.party.PartyService;
import org.conflictledger.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Negotiation events: who met or spoke with whom, when, where, about what, and who reported it. */
@Service
public class NegotiationService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final NegotiationRepository events;
    private final TrackRepository tracks;
    private final NegotiationQueries queries;
    private final PartyService parties;
    private final SourceService sources;
    private final Clock clock;
    private final ChangeLog changeLog;

    NegotiationService(NegotiationRepository events, TrackRepository tracks, NegotiationQueries queries,
            PartyService parties, SourceService sources, Clock clock, ChangeLog changeLog) {
        this.changeLog = changeLog;
        this.events = events;
        this.tracks = tracks;
        this.queries = queries;
        this.parties = parties;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Records an event. The track, the cease-fire, every source and every participant's party must
     * exist; anything unknown is a 400 naming the field.
     */
    @Transactional
    public NegotiationView create(NegotiationRequest request) {
        NegotiationEvent event = events.saveAndFlush(new NegotiationEvent(check(request), clock.instant()));
        changeLog.record(ChangeResource.NEGOTIATION, event.id(), ChangeOp.CREATE);
        return get(event.id());
    }

    @Transactional(readOnly = true)
    public NegotiationView get(long id) {
        return queries.find(id).orElseThrow(() -> ApiException.notFound("negotiation event", id));
    }

    /**
     * One page of events matching {@code filter}. {@code sort}: {@code occurredAt} (the default),
     * {@code kind} or {@code id}, as {@code field,asc|desc} or {@code -field}; ties go by id.
     */
    @Transactional(readOnly = true)
    public PageResponse<NegotiationView> list(NegotiationFilter filter, String sort, PageQuery page) {
        SortSpec order = SortSpec.parse(sort, NegotiationQueries.SORTS, NegotiationQueries.DEFAULT_SORT);
        return queries.page(filter, order, page);
    }

    /** Replaces the whole event; what the request leaves out is cleared. */
    @Transactional
    public NegotiationView update(long id, NegotiationRequest request) {
        NegotiationEvent event = find(id);
        event.apply(check(request), clock.instant());
        events.saveAndFlush(event);
        changeLog.record(ChangeResource.NEGOTIATION, id, ChangeOp.UPDATE);
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        events.delete(find(id));
        events.flush();
        changeLog.record(ChangeResource.NEGOTIATION, id, ChangeOp.DELETE);
    }

    private NegotiationEvent find(long id) {
        return events.findById(id).orElseThrow(() -> ApiException.notFound("negotiation event", id));
    }

    private NegotiationEvent.Fields check(NegotiationRequest request) {
        Long trackId = request.trackId();
        if (trackId != null && !tracks.existsById(trackId)) {
            throw ApiException.invalid(List.of(new FieldProblem("trackId",
                    "no track with id " + trackId + " (create it with POST /api/v1/tracks)", trackId, null)));
        }
        Instant occurredAt = Times.checked("occurredAt", request.occurredAt());
        String country = PartyService.normalize(blankToNull(request.country()));
        if (country != null && !COUNTRIES.contains(country)) {
            throw ApiException.invalid(List.of(new FieldProblem("country",
                    "is not an ISO 3166 alpha-2 country code", country, null)));
        }
        List<Participant> participants = participants(request.participants());
        Long ceasefireId = request.ceasefireId();
        if (ceasefireId != null && !queries.ceasefireExists(ceasefireId)) {
            throw ApiException.invalid(List.of(new FieldProblem("ceasefireId",
                    "no cease-fire with id " + ceasefireId, ceasefireId, null)));
        }
        List<Long> sourceIds = sourceIds(request.sourceIds());
        List<Topic> topics = request.topics() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.topics()));
        List<Quote> quotes = request.quotes() == null ? List.of() : request.quotes().stream()
                .map(q -> new Quote(blankToNull(q.speaker()), q.text().trim())).toList();
        return new NegotiationEvent.Fields(request.kind(), trackId, blankToNull(request.title()), occurredAt,
                request.timePrecision(), request.duration(), blankToNull(request.place()), country, participants,
                topics, request.tone() == null ? Tone.UNKNOWN : request.tone(), blankToNull(request.outcome()),
                quotes, ceasefireId, sourceIds);
    }

    private List<Participant> participants(List<Participant> requested) {
        if (requested == null) {
            return List.of();
        }
        // one look-up per distinct party, reported against the first participant that names it
        Map<String, String> fieldByCode = new LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = PartyService.normalize(blankToNull(requested.get(i).party()));
            if (code != null) {
                fieldByCode.putIfAbsent(code, "participants[" + i + "].party");
            }
        }
        fieldByCode.forEach((code, field) -> parties.requireKnown(field, code));
        List<Participant> out = new ArrayList<>();
        for (Participant p : requested) {
            out.add(new Participant(blankToNull(p.name()), blankToNull(p.title()),
                    PartyService.normalize(blankToNull(p.party())), p.capacity()));
        }
        return out;
    }

    private List<Long> sourceIds(List<Long> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(requested));
        Set<Long> known = sources.summaries(distinct).keySet();
        for (int i = 0; i < requested.size(); i++) {
            Long id = requested.get(i);
            if (!known.contains(id)) {
                throw ApiException.invalid(List.of(new FieldProblem("sourceIds[" + i + "]",
                        "no source with id " + id + " (create it with POST /api/v1/sources)", id, null)));
            }
        }
        return distinct.stream().sorted().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
