package org.conflictledger.ingest.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.conflictledger.ceasefire.AllegationRequest;
import org.conflictledger.ceasefire.AllegationService;
import org.conflictledger.ceasefire.AllegationView;
import org.conflictledger.ceasefire.CeasefireRequest;
import org.conflictledger.ceasefire.CeasefireScope;
import org.conflictledger.ceasefire.CeasefireService;
import org.conflictledger.ceasefire.CeasefireStatus;
import org.conflictledger.ceasefire.PartyPositionRequest;
import org.conflictledger.ceasefire.Position;
import org.conflictledger.ceasefire.PositionRequest;
import org.conflictledger.ceasefire.TransitionRequest;
import org.conflictledger.common.ApiException;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.SortSpec;
import org.conflictledger.common.TimePrecision;
import org.conflictledger.ingest.article.ArticleService;
import org.conflictledger.ingest.article.ArticleStored;
import org.conflictledger.ingest.article.ArticleView;
import org.conflictledger.ingest.article.CanonicalUrl;
import org.conflictledger.ingest.extract.CeasefireMatter;
import org.conflictledger.ingest.extract.DateWindow;
import org.conflictledger.ingest.extract.EventKind;
import org.conflictledger.ingest.extract.Extracted;
import org.conflictledger.ingest.extract.Extraction;
import org.conflictledger.ingest.extract.Person;
import org.conflictledger.ingest.extract.Place;
import org.conflictledger.negotiation.NegotiationKind;
import org.conflictledger.negotiation.NegotiationRequest;
import org.conflictledger.negotiation.NegotiationService;
import org.conflictledger.negotiation.NegotiationView;
import org.conflictledger.negotiation.Participant;
import org.conflictledger.negotiation.Tone;
import org.conflictledger.negotiation.Topic;
import org.conflictledger.security.Actors;
import org.conflictledger.source.SourceKind;
import org.conflictledger.source.SourceRequest;
import org.conflictledger.source.SourceService;
import org.conflictledger.strike.ClaimRequest;
import org.conflictledger.strike.GeoPrecision;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.StrikeRequest;
import org.conflictledger.strike.StrikeService;
import org.conflictledger.strike.StrikeView;
import org.conflictledger.strike.WeaponCategory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The review queue. A relevant new article becomes a PENDING candidate; accepting one creates the
 * record it describes with the article as its source (a MEDIA source, found or created by the
 * article's URL). A STRIKE candidate merges into the one strike it matches as a new claim.
 */
@Service
public class CandidateService {

    private static final Set<String> LEDGER_PARTIES = Set.of("UA", "RU", "US", "GB", "FR");

    private static final Map<String, String> SORTS = Map.of("createdAt", "c.created_at", "confidence", "c.confidence",
            "id", "c.id", "publishedAt", "coalesce(a.published_at, a.retrieved_at)");

    private final CandidateRepository candidates;
    private final ArticleService articles;
    private final StrikeService strikes;
    private final NegotiationService negotiations;
    private final CeasefireService ceasefires;
    private final AllegationService allegations;
    private final SourceService sources;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final org.conflictledger.duplicate.DuplicateService duplicates;

    CandidateService(CandidateRepository candidates, ArticleService articles, StrikeService strikes,
            NegotiationService negotiations, CeasefireService ceasefires, AllegationService allegations,
            SourceService sources, JdbcClient jdbc, JsonMapper json, Clock clock,
            org.conflictledger.duplicate.DuplicateService duplicates) {
        this.duplicates = duplicates;
        this.candidates = candidates;
        this.articles = articles;
        this.strikes = strikes;
        this.negotiations = negotiations;
        this.ceasefires = ceasefires;
        this.allegations = allegations;
        this.sources = sources;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Each event of a relevant new article becomes a candidate, in the transaction that stored it; an
     * article read again first loses its PENDING candidates, and an event that matches a decided
     * candidate (same index and kind) is not offered twice. An alleged violation that names a strike of
     * the same article gets that strike's candidate as {@code relatedCandidateId}.
     */
    @EventListener
    void onArticleStored(ArticleStored stored) {
        List<Candidate> existing = candidates.findByArticleIdOrderByEventIndexAscIdAsc(stored.articleId());
        List<Candidate> pending = existing.stream().filter(c -> c.status() == CandidateStatus.PENDING).toList();
        if (stored.reextracted() && !pending.isEmpty()) {
            jdbc.sql("update candidate set related_candidate_id = null where related_candidate_id in (:ids)")
                    .param("ids", pending.stream().map(Candidate::id).toList()).update();
            candidates.deleteAll(pending);
            candidates.flush();
        }
        List<Candidate> decided = existing.stream().filter(c -> c.status() != CandidateStatus.PENDING).toList();
        Map<Integer, Long> byEvent = new HashMap<>();
        decided.forEach(c -> byEvent.putIfAbsent(c.eventIndex(), c.id()));
        List<Candidate> made = new ArrayList<>();
        List<Extraction> madeFrom = new ArrayList<>();
        for (Extraction event : stored.reading().events()) {
            boolean alreadyDecided = decided.stream()
                    .anyMatch(c -> c.eventIndex() == event.event() && c.kind() == event.kind());
            if (alreadyDecided || event.kind() == null) {
                continue;
            }
            Candidate candidate = candidates.save(new Candidate(stored.articleId(), event.event(), event.background(),
                    event.kind(), confidence(event.confidence()), json.writeValueAsString(event), clock.instant()));
            made.add(candidate);
            madeFrom.add(event);
            byEvent.put(event.event(), candidate.id());
        }
        for (int i = 0; i < made.size(); i++) {
            Integer related = madeFrom.get(i).relatedEvent();
            if (related != null && byEvent.containsKey(related)) {
                made.get(i).relateTo(byEvent.get(related));
            }
        }
        candidates.flush();
    }

    /** The PENDING candidates of an article, in event order: what auto-accept considers. */
    @Transactional(readOnly = true)
    public List<Long> pendingOf(long articleId) {
        return candidates.findByArticleIdOrderByEventIndexAscIdAsc(articleId).stream()
                .filter(c -> c.status() == CandidateStatus.PENDING).map(Candidate::id).toList();
    }

    @Transactional(readOnly = true)
    public CandidateView get(long id) {
        return view(find(id));
    }

    /** The queue, filtered by kind, status and a confidence range; newest first unless sorted otherwise. */
    @Transactional(readOnly = true)
    public PageResponse<CandidateView> list(EventKind kind, Long article, CandidateStatus status,
            Double minConfidence, Double maxConfidence, String sort, PageQuery page) {
        checkConfidence("minConfidence", minConfidence);
        checkConfidence("maxConfidence", maxConfidence);
        if (minConfidence != null && maxConfidence != null && minConfidence > maxConfidence) {
            throw ApiException.invalid("maxConfidence", "must not be below minConfidence");
        }
        SortSpec order = SortSpec.parse(sort, SORTS, SortSpec.of("createdAt", "c.created_at", true));
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", kind.name());
        }
        if (article != null) {
            where.append(" and c.article_id = :article");
            params.put("article", article);
        }
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status.name());
        }
        if (minConfidence != null) {
            where.append(" and c.confidence >= :min");
            params.put("min", BigDecimal.valueOf(minConfidence));
        }
        if (maxConfidence != null) {
            where.append(" and c.confidence <= :max");
            params.put("max", BigDecimal.valueOf(maxConfidence));
        }
        String from = " from candidate c join article a on a.id = c.article_id";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<Long> ids = jdbc.sql("select c.id" + from + where + order.orderBy("c.id") + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(Long.class).list();
        Map<Long, Candidate> byId = new HashMap<>();
        candidates.findAllById(ids).forEach(c -> byId.put(c.id(), c));
        List<CandidateView> items = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(this::view)
                .toList();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /**
     * Accepts a candidate: creates (or, for a strike report that matches one strike, adds a claim
     * to) the record, with the article as its source. Corrections override what was extracted.
     * Several matching strikes and no {@code strikeId}: 409 listing them.
     */
    @Transactional
    public CandidateView accept(long id, AcceptRequest corrections) {
        return accept(find(id), corrections == null ? AcceptRequest.NONE : corrections, Actors.current());
    }

    /**
     * Auto-accept of one candidate, in a transaction of its own after the article's: a failure leaves it
     * pending. Background events and cease-fire matters always wait for a person.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void autoAccept(long candidateId, double threshold) {
        Candidate candidate = candidates.findById(candidateId).orElse(null);
        if (candidate == null || candidate.status() != CandidateStatus.PENDING || candidate.background()
                || candidate.confidence().doubleValue() < threshold || candidate.kind() == EventKind.CEASEFIRE) {
            return;
        }
        accept(candidate, AcceptRequest.NONE, "auto-accept");
    }

    @Transactional
    public CandidateView reject(long id, RejectRequest request) {
        Candidate candidate = find(id);
        candidate.reject(request == null ? null : blankToNull(request.reason()), Actors.current(), clock.instant());
        candidates.flush();
        return view(candidate);
    }

    @Transactional
    public void delete(long id) {
        candidates.delete(find(id));
        candidates.flush();
    }

    // ---------------------------------------------------------------- accepting

    private CandidateView accept(Candidate candidate, AcceptRequest c, String actor) {
        candidate.requirePending("accept");
        Extraction x = read(candidate);
        ArticleView article = articles.get(candidate.articleId());
        long sourceId = sourceFor(article);
        RecordType type;
        long recordId;
        switch (candidate.kind()) {
            case STRIKE -> {
                StrikeOutcome outcome = acceptStrike(x, c, article, sourceId);
                type = outcome.type();
                recordId = outcome.strikeId();
            }
            case NEGOTIATION -> {
                NegotiationView event = negotiations.create(negotiationRequest(x, c, article, sourceId));
                type = RecordType.NEGOTIATION;
                recordId = event.id();
            }
            case CEASEFIRE -> {
                CeasefireOutcome outcome = acceptCeasefire(candidate, x, c, article, sourceId);
                type = outcome.type();
                recordId = outcome.ceasefireId();
                if (outcome.note() != null) {
                    c = c.withNote(c.note() == null ? outcome.note() : c.note() + " " + outcome.note());
                }
            }
            default -> throw new IllegalStateException("unknown kind " + candidate.kind());
        }
        candidate.accept(type, recordId, sourceId, actor, blankToNull(c.note()), clock.instant());
        candidates.flush();
        return view(candidate);
    }

    private record StrikeOutcome(RecordType type, long strikeId) {
    }

    private record CeasefireOutcome(RecordType type, long ceasefireId, String note) {
    }

    /**
     * Accepting a cease-fire matter: a PROPOSAL creates a PROPOSED cease-fire (or, with {@code ceasefireId},
     * records the proposer's position on it); an AGREEMENT moves the named cease-fire to AGREED or creates
     * one in that status; a RESPONSE records the party's position (and conditions) on the named cease-fire;
     * a STATUS_CHANGE records the transition on the named cease-fire; an ALLEGED_VIOLATION records an
     * allegation on the named cease-fire, linked to the strike accepted from its related candidate.
     */
    private CeasefireOutcome acceptCeasefire(Candidate candidate, Extraction x, AcceptRequest c, ArticleView article,
            long sourceId) {
        CeasefireMatter matter = x.ceasefireMatter() == null ? CeasefireMatter.PROPOSAL : x.ceasefireMatter().value();
        Instant published = article.publishedAt() != null ? article.publishedAt() : article.retrievedAt();
        OffsetDateTime at = c.occurredAt() != null ? c.occurredAt()
                : x.date() != null && x.date().value().stated() ? utc(x.date().value().start()) : utc(published);
        String party = pick(c.party(), x.ceasefireParty());
        switch (matter) {
            case ALLEGED_VIOLATION -> {
                if (c.ceasefireId() == null) {
                    if (c.name() == null) {
                        throw ApiException.invalid("ceasefireId", "an alleged violation is recorded on an existing"
                                + " cease-fire: name it (or give a name to record a new cease-fire instead)");
                    }
                    return new CeasefireOutcome(RecordType.CEASEFIRE, ceasefires.create(ceasefireRequest(x, c, article,
                            null)).id(), null);
                }
                Long strikeId = c.strikeId();
                String note = null;
                if (strikeId == null && candidate.relatedCandidateId() != null) {
                    Candidate related = candidates.findById(candidate.relatedCandidateId()).orElse(null);
                    if (related != null && related.status() == CandidateStatus.ACCEPTED && related.recordId() != null
                            && (related.recordType() == RecordType.STRIKE || related.recordType() == RecordType.STRIKE_CLAIM)) {
                        strikeId = related.recordId();
                    } else {
                        note = "Recorded without its strike: related candidate " + candidate.relatedCandidateId()
                                + " is " + (related == null ? "gone" : related.status()) + ".";
                    }
                }
                AllegationView allegation = allegations.create(c.ceasefireId(), allegation(x, c, article, sourceId,
                        strikeId, note));
                return new CeasefireOutcome(RecordType.ALLEGATION, allegation.ceasefireId(), note);
            }
            case PROPOSAL -> {
                if (c.ceasefireId() != null) {
                    requireParty(party);
                    ceasefires.setPosition(c.ceasefireId(), party, new PositionRequest(Position.PROPOSER, null, at));
                    return new CeasefireOutcome(RecordType.CEASEFIRE, c.ceasefireId(), null);
                }
                List<PartyPositionRequest> proposer = party == null || !LEDGER_PARTIES.contains(party) ? null
                        : List.of(new PartyPositionRequest(party, Position.PROPOSER, null, at));
                return new CeasefireOutcome(RecordType.CEASEFIRE, ceasefires.create(ceasefireRequest(x, c, article,
                        proposer)).id(), null);
            }
            case AGREEMENT -> {
                long id = c.ceasefireId() != null ? c.ceasefireId()
                        : ceasefires.create(ceasefireRequest(x, c, article, null)).id();
                ceasefires.transition(id, new TransitionRequest(CeasefireStatus.AGREED, at, sourceId,
                        blankToNull(c.note())));
                return new CeasefireOutcome(RecordType.CEASEFIRE, id, null);
            }
            case RESPONSE -> {
                requireCeasefire(c, "a response is a party's position on an existing cease-fire");
                requireParty(party);
                Position position = c.position() != null ? c.position()
                        : x.ceasefirePosition() != null ? Position.valueOf(x.ceasefirePosition().value()) : Position.ACCEPTED;
                String conditions = c.conditions() != null ? c.conditions()
                        : x.ceasefireConditions() == null ? null : x.ceasefireConditions().value();
                ceasefires.setPosition(c.ceasefireId(), party, new PositionRequest(position, conditions, at));
                return new CeasefireOutcome(RecordType.CEASEFIRE, c.ceasefireId(), null);
            }
            case STATUS_CHANGE -> {
                requireCeasefire(c, "a change of status is recorded on an existing cease-fire");
                CeasefireStatus to = c.status() != null ? c.status()
                        : x.ceasefireStatus() != null ? CeasefireStatus.valueOf(x.ceasefireStatus().value())
                        : CeasefireStatus.IN_FORCE;
                ceasefires.transition(c.ceasefireId(), new TransitionRequest(to, at, sourceId, blankToNull(c.note())));
                return new CeasefireOutcome(RecordType.CEASEFIRE, c.ceasefireId(), null);
            }
            default -> throw new IllegalStateException("unknown matter " + matter);
        }
    }

    private static void requireCeasefire(AcceptRequest c, String why) {
        if (c.ceasefireId() == null) {
            throw ApiException.invalid("ceasefireId", why + ": name it");
        }
    }

    private static void requireParty(String party) {
        if (party == null) {
            throw ApiException.invalid("party", "was not extracted; give the party whose position this is");
        }
    }

    private StrikeOutcome acceptStrike(Extraction x, AcceptRequest c, ArticleView article, long sourceId) {
        List<FieldProblem> problems = new ArrayList<>();
        String attacker = pick(c.attacker(), x.attacker());
        String target = pick(c.target(), x.target());
        if (attacker == null) {
            problems.add(FieldProblem.of("attacker", "was not extracted; give it in the corrections"));
        }
        if (target == null) {
            problems.add(FieldProblem.of("target", "was not extracted; give it in the corrections"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Instant published = article.publishedAt() != null ? article.publishedAt() : article.retrievedAt();
        DateWindow window = x.date() == null ? null : x.date().value();
        OffsetDateTime startedAt = c.startedAt() != null ? c.startedAt()
                : utc(window != null ? window.start() : published.minusSeconds(86_400));
        OffsetDateTime endedAt = c.endedAt() != null ? c.endedAt()
                : c.startedAt() != null ? c.startedAt() : utc(window != null ? window.end() : published);
        TimePrecision precision = c.timePrecision() != null ? c.timePrecision()
                : window != null ? window.precision() : TimePrecision.DAY;
        WeaponCategory category = c.weaponCategory() != null ? c.weaponCategory()
                : x.weapon() != null ? x.weapon().value() : WeaponCategory.UNKNOWN;

        ClaimRequest claim = new ClaimRequest(sourceId, null, pick(c.claimant(), x.claimant()),
                pick(c.attributedTo(), x.attributedTo()), utc(published), quote(c.quote(), x),
                "article " + article.id(),
                figure(c.launched(), x.launched()), figure(c.intercepted(), x.intercepted()),
                figure(c.suppressed(), x.suppressed()), c.hit(), figure(c.killed(), x.killed()),
                figure(c.wounded(), x.wounded()));

        if (c.strikeId() != null && !Boolean.TRUE.equals(c.newStrike())) {
            strikes.addClaim(c.strikeId(), claim);
            return new StrikeOutcome(RecordType.STRIKE_CLAIM, c.strikeId());
        }
        if (!Boolean.TRUE.equals(c.newStrike())) {
            List<Long> matches = strikes.findMatching(attacker, target, startedAt.toInstant(), endedAt.toInstant(),
                    category);
            if (matches.size() == 1) {
                strikes.addClaim(matches.get(0), claim);
                return new StrikeOutcome(RecordType.STRIKE_CLAIM, matches.get(0));
            }
            if (matches.size() > 1) {
                throw ApiException.conflict("ambiguous-match", matches.size() + " strikes match this report; accept"
                        + " again with \"strikeId\" naming one of them, or \"newStrike\": true.")
                        .with("matchingStrikes", matches);
            }
        }
        Where where = where(x, c);
        StrikeRequest request = new StrikeRequest(attacker, target, startedAt, endedAt, precision, where.place,
                where.region, where.country, where.latitude, where.longitude, where.precision, null, category,
                x.weaponModels(), null, null, List.of(claim));
        StrikeView created = strikes.create(request);
        return new StrikeOutcome(RecordType.STRIKE, created.id());
    }

    private record Where(String place, String region, String country, Double latitude, Double longitude,
            GeoPrecision precision) {
    }

    private static Where where(Extraction x, AcceptRequest c) {
        if (c.place() != null || c.region() != null || c.country() != null) {
            return new Where(blankToNull(c.place()), blankToNull(c.region()), blankToNull(c.country()), null, null,
                    null);
        }
        List<Place> places = x.places().stream().map(Extracted::value).toList();
        if (places.isEmpty()) {
            String country = x.target() == null ? null : x.target().value();
            return new Where(null, null, country, null, null, GeoPrecision.COUNTRY);
        }
        if (places.size() == 1) {
            Place p = places.get(0);
            return p.wholeRegion()
                    ? new Where(null, p.name(), p.country(), p.latitude(), p.longitude(), GeoPrecision.REGION)
                    : new Where(p.name(), p.region(), p.country(), p.latitude(), p.longitude(), GeoPrecision.TOWN);
        }
        Set<String> regions = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        places.forEach(p -> {
            regions.add(p.wholeRegion() ? p.name() : p.region());
            countries.add(p.country());
        });
        String names = String.join(", ", places.stream().map(Place::name).toList());
        return new Where(names.length() > 300 ? names.substring(0, 300) : names,
                regions.size() == 1 ? regions.iterator().next() : null,
                countries.size() == 1 ? countries.iterator().next() : null, null, null,
                regions.size() == 1 ? GeoPrecision.REGION : GeoPrecision.COUNTRY);
    }

    private AllegationRequest allegation(Extraction x, AcceptRequest c, ArticleView article, long sourceId,
            Long strikeId, String note) {
        String accuser = pick(c.accuser(), x.accuser());
        String accused = pick(c.accused(), x.accused());
        List<FieldProblem> problems = new ArrayList<>();
        if (accuser == null) {
            problems.add(FieldProblem.of("accuser", "was not extracted; give it in the corrections"));
        }
        if (accused == null) {
            problems.add(FieldProblem.of("accused", "was not extracted; give it in the corrections"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Instant published = article.publishedAt() != null ? article.publishedAt() : article.retrievedAt();
        OffsetDateTime at = c.occurredAt() != null ? c.occurredAt()
                : c.startedAt() != null ? c.startedAt()
                : x.date() != null && x.date().value().stated() ? utc(x.date().value().start())
                : utc(published);
        String summary = quote(c.quote(), x);
        if (note != null) {
            summary = summary == null ? note : (summary + " " + note).length() <= 2000 ? summary + " " + note : summary;
        }
        return new AllegationRequest(accuser, accused, at, sourceId, strikeId, summary);
    }

    private CeasefireRequest ceasefireRequest(Extraction x, AcceptRequest c, ArticleView article,
            List<PartyPositionRequest> parties) {
        CeasefireScope scope;
        String scopeName = c.scope() != null ? c.scope().trim().toUpperCase(Locale.ROOT)
                : x.ceasefireScope() != null ? x.ceasefireScope().value() : CeasefireScope.COMPREHENSIVE.name();
        try {
            scope = CeasefireScope.valueOf(scopeName);
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(CeasefireScope.values()).map(Enum::name).toList();
            throw ApiException.invalid(List.of(new FieldProblem("scope", "must be one of " + String.join(", ", allowed),
                    c.scope(), allowed)));
        }
        Instant published = article.publishedAt() != null ? article.publishedAt() : article.retrievedAt();
        OffsetDateTime proposedAt = c.occurredAt() != null ? c.occurredAt()
                : x.date() != null && x.date().value().stated() ? utc(x.date().value().start())
                : utc(published);
        String name = c.name() != null && !c.name().isBlank() ? c.name().trim() : article.title();
        name = name.length() > 300 ? name.substring(0, 300) : name;
        String description = x.ceasefireMatter() != null ? x.ceasefireMatter().evidence() : x.kindEvidence();
        return new CeasefireRequest(name, scope, null, description, parties, null, proposedAt, null, null, null, null);
    }

    private NegotiationRequest negotiationRequest(Extraction x, AcceptRequest c, ArticleView article, long sourceId) {
        NegotiationKind kind = c.negotiationKind() != null ? c.negotiationKind()
                : x.negotiationKind() != null ? x.negotiationKind().value() : NegotiationKind.STATEMENT;
        Instant published = article.publishedAt() != null ? article.publishedAt() : article.retrievedAt();
        OffsetDateTime occurredAt = c.occurredAt() != null ? c.occurredAt()
                : x.date() != null && x.date().value().stated() ? utc(x.date().value().start())
                : utc(published);
        List<Participant> participants = c.participants() != null ? c.participants()
                : x.participants().stream().map(Extracted::value).map(CandidateService::participant).toList();
        String place = blankToNull(c.place()) != null ? c.place().trim()
                : x.venue() != null ? x.venue().value().place() : null;
        String country = blankToNull(c.country()) != null ? c.country().trim()
                : x.venue() != null ? x.venue().value().country() : null;
        List<Topic> topics = c.topics() != null ? c.topics() : topics(article);
        String title = article.title().length() > 500 ? article.title().substring(0, 500) : article.title();
        return new NegotiationRequest(kind, c.trackId(), title, occurredAt, TimePrecision.DAY,
                c.duration() != null ? c.duration() : x.duration() == null ? null : x.duration().value(),
                place, country, participants, topics, Tone.UNKNOWN, null, null, null, List.of(sourceId));
    }

    private static Participant participant(Person person) {
        String party = person.party() != null && LEDGER_PARTIES.contains(person.party()) ? person.party() : null;
        String title = person.title() == null || person.title().length() <= 300 ? person.title()
                : person.title().substring(0, 300);
        return new Participant(person.name(), title, party, person.capacity());
    }

    private static List<Topic> topics(ArticleView article) {
        String text = (article.title() + " " + article.summary()).toLowerCase(Locale.ROOT);
        List<Topic> topics = new ArrayList<>();
        if (text.matches("(?s).*\\b(?:cease-?fire|truce|moratorium)\\b.*")) {
            topics.add(Topic.CEASEFIRE);
        }
        if (text.matches("(?s).*\\b(?:minerals?|rare earths?)\\b.*")) {
            topics.add(Topic.MINERALS);
        }
        if (text.matches("(?s).*\\b(?:prisoners?|pows?|swap)\\b.*")) {
            topics.add(Topic.PRISONERS);
        }
        if (text.matches("(?s).*\\bsecurity guarantees?\\b.*")) {
            topics.add(Topic.SECURITY_GUARANTEES);
        }
        if (text.matches("(?s).*\\b(?:energy|power plants?|nuclear plant)\\b.*")) {
            topics.add(Topic.ENERGY);
        }
        if (text.matches("(?s).*\\bsanctions\\b.*")) {
            topics.add(Topic.SANCTIONS);
        }
        if (text.matches("(?s).*\\b(?:territor\\w*|land|annex\\w*)\\b.*")) {
            topics.add(Topic.TERRITORY);
        }
        if (text.matches("(?s).*\\b(?:peace (?:deal|plan|settlement|agreement|talks)|end the war|ending the war)\\b.*")) {
            topics.add(Topic.PEACE_SETTLEMENT);
        }
        return topics.size() > 10 ? topics.subList(0, 10) : topics;
    }

    /** The article's source: the existing one with its URL, or a new MEDIA source. */
    private long sourceFor(ArticleView article) {
        String url = article.link() != null && CanonicalUrl.of(article.link()) != null ? article.link()
                : article.canonicalUrl();
        if (url != null && url.length() <= 2048) {
            var existing = sources.findIdByUrl(url);
            if (existing.isPresent()) {
                return existing.get();
            }
        } else {
            url = null;
        }
        String publisher = article.publisher() == null || article.publisher().isBlank() ? "Unknown publisher"
                : article.publisher();
        String title = article.title().length() > 500 ? article.title().substring(0, 500) : article.title();
        return sources.create(new SourceRequest(publisher, SourceKind.MEDIA, null, url, title,
                article.publishedAt() == null ? null : utc(article.publishedAt()), utc(article.retrievedAt()))).id();
    }

    // ---------------------------------------------------------------- views and helpers

    private CandidateView view(Candidate candidate) {
        Extraction x = read(candidate);
        ArticleView article = articles.get(candidate.articleId());
        List<Long> matching = null;
        if (candidate.status() == CandidateStatus.PENDING && candidate.kind() == EventKind.STRIKE
                && x.attacker() != null && x.target() != null && x.date() != null) {
            matching = strikes.findMatching(x.attacker().value(), x.target().value(), x.date().value().start(),
                    x.date().value().end(), x.weapon() == null ? WeaponCategory.UNKNOWN : x.weapon().value());
        }
        CandidateView.RecordRef record = candidate.recordType() == null ? null
                : new CandidateView.RecordRef(candidate.recordType(), candidate.recordId(),
                        href(candidate.recordType(), candidate.recordId()));
        return new CandidateView(candidate.id(), candidate.version(),
                new CandidateView.ArticleRef(article.id(), article.title(), article.link(), article.publisher(),
                        article.publishedAt()),
                candidate.eventIndex(), candidate.background(), candidate.relatedCandidateId(), candidate.kind(),
                candidate.status(), candidate.confidence(), x, matching, record,
                candidate.sourceId(), candidate.decidedBy(), candidate.decidedAt(), candidate.reason(),
                candidate.createdAt(), candidate.status() == CandidateStatus.ACCEPTED
                        && (candidate.recordType() == RecordType.STRIKE || candidate.recordType() == RecordType.STRIKE_CLAIM)
                        ? duplicates.openCandidates(candidate.recordId()) : null);
    }

    private static String href(RecordType type, long id) {
        return switch (type) {
            case STRIKE, STRIKE_CLAIM -> "/api/v1/strikes/" + id;
            case CEASEFIRE -> "/api/v1/ceasefires/" + id;
            case ALLEGATION -> "/api/v1/ceasefires/" + id + "/allegations";
            case NEGOTIATION -> "/api/v1/negotiations/" + id;
        };
    }

    private Extraction read(Candidate candidate) {
        return json.readValue(candidate.extraction(), Extraction.class);
    }

    private Candidate find(long id) {
        return candidates.findById(id).orElseThrow(() -> ApiException.notFound("candidate", id));
    }

    private static String pick(String correction, Extracted<String> extracted) {
        if (correction != null && !correction.isBlank()) {
            return correction.trim();
        }
        return extracted == null ? null : extracted.value();
    }

    private static StatedFigure figure(StatedFigure correction, Extracted<StatedFigure> extracted) {
        return correction != null ? correction : extracted == null ? null : extracted.value();
    }

    private static String quote(String correction, Extraction x) {
        String quote = correction != null && !correction.isBlank() ? correction
                : x.launched() != null ? x.launched().evidence()
                : x.killed() != null ? x.killed().evidence() : x.kindEvidence();
        return quote == null ? null : quote.length() <= 2000 ? quote : quote.substring(0, 2000);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static BigDecimal confidence(double value) {
        return BigDecimal.valueOf(Math.max(0, Math.min(1, value))).setScale(3, RoundingMode.HALF_UP);
    }

    private static void checkConfidence(String field, Double value) {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            throw ApiException.invalid(field, "must be between 0 and 1");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
