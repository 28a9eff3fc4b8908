package org.conflictledger.strike;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.conflictledger.ceasefire.CeasefireCoverage;
import org.conflictledger.ceasefire.CoveringCeasefire;
import org.conflictledger.ceasefire.StrikeFacts;
import org.conflictledger.common.ApiException;
import org.conflictledger.common.ChangedSince;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.SortSpec;
import org.conflictledger.common.Times;
import org.conflictledger.history.ChangeLog;
import org.conflictledger.history.ChangeOp;
import org.conflictledger.history.ChangeResource;
import org.conflictledger.integrity.Representation;
import org.conflictledger.party.PartyService;
import org.conflictledger.source.SourceService;
import org.conflictledger.source.SourceSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Strikes and their claims: creation, reads, lists, changes; every claim change re-reconciles. */
@Service
public class StrikeService {

    /** A strike window longer than this is a typo, not an attack. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    private static final Map<String, String> SORTS = sorts();

    private final StrikeRepository strikes;
    private final PartyService parties;
    private final SourceService sources;
    private final CeasefireCoverage coverage;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final StrikeReads reads;
    private final StrikeRepresentations representations;
    private final StrikeRollups rollups;

    StrikeService(StrikeRepository strikes, PartyService parties, SourceService sources, CeasefireCoverage coverage,
            JdbcClient jdbc, Clock clock, ChangeLog changeLog, StrikeReads reads, StrikeRollups rollups,
            StrikeRepresentations representations) {
        this.representations = representations;
        this.changeLog = changeLog;
        this.strikes = strikes;
        this.parties = parties;
        this.sources = sources;
        this.coverage = coverage;
        this.jdbc = jdbc;
        this.clock = clock;
        this.reads = reads;
        this.rollups = rollups;
    }

    static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("startedAt", "s.started_at");
        sorts.put("endedAt", "s.ended_at");
        sorts.put("id", "s.id");
        sorts.put("launched", "s.launched_best");
        sorts.put("killed", "s.killed_best");
        sorts.put("createdAt", "s.created_at");
        sorts.put("updatedAt", "s.updated_at");
        return sorts;
    }

    @Transactional
    public StrikeView create(StrikeRequest request) {
        StrikeFields fields = fields(request);
        Map<String, String> externalIds = externalIds(request.externalIds(), null);
        List<ClaimRequest> claimRequests = request.claims() == null ? List.of() : request.claims();
        if (claimRequests.isEmpty()) {
            throw ApiException.invalid("claims", "a strike needs at least one claim (who said so)");
        }
        List<ClaimContent> claims = new ArrayList<>();
        for (int i = 0; i < claimRequests.size(); i++) {
            claims.add(claimContent("claims[" + i + "]", claimRequests.get(i)));
        }
        Strike strike = strikes.saveAndFlush(new Strike(fields, externalIds, claims, clock.instant()));
        changeLog.record(ChangeResource.STRIKE, strike.id(), ChangeOp.CREATE);
        return view(strike);
    }

    /**
     * The strike with its claims, their sources and the cease-fires it falls under, read in one SQL
     * statement without a transaction (one statement sees one snapshot): the service's hottest read.
     */
    public StrikeView get(long id) {
        return reads.find(id).orElseThrow(() -> ApiException.notFound("strike", id));
    }

    /**
     * The strike as {@code GET /strikes/{id}} answers it: its JSON bytes and their ETag, kept while
     * nothing they show changes (see {@link StrikeRepresentations}).
     */
    public Optional<Representation> representation(long id) {
        return representations.find(id);
    }

    /**
     * One page of the strikes matching the filter (and changed at or after {@code updatedSince} when
     * given), sorted by {@code sort} (default newest first). With a {@code cursor} (a page's
     * {@code nextCursor}) the page starts after that strike, at the cost of the first page however deep
     * it is; {@code page} is then ignored. The total is read from the rollups when they can answer it
     * exactly, else counted.
     */
    @Transactional(readOnly = true)
    public StrikePage list(StrikeFilter filter, Instant updatedSince, String sort, PageQuery page, String cursor) {
        SortSpec order = SortSpec.parse(sort, SORTS, DEFAULT_SORT);
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        filter.appendConditions(where, params);
        ChangedSince.append(where, params, "s.updated_at", updatedSince);
        // the rollups know nothing of updated_at
        OptionalLong counted = updatedSince == null ? rollups.count(filter) : OptionalLong.empty();
        long total = counted.orElseGet(() -> jdbc.sql("select count(*) from strike s" + where)
                .params(params).query(Long.class).single());
        StringBuilder rows = new StringBuilder(where);
        long offset = page.offset();
        if (cursor != null && !cursor.isBlank()) {
            rows.append(StrikeCursor.decode(cursor, order).condition(order, params));
            offset = 0;
        }
        List<StrikeView> items = jdbc.sql("select " + StrikeRows.COLUMNS + " from strike s" + rows
                        + order.orderBy("s.id") + " limit :limit offset :offset")
                .params(params).param("limit", page.size() + 1).param("offset", offset)
                .query(StrikeRows::map).list();
        String next = null;
        if (items.size() > page.size()) {
            items = items.subList(0, page.size());
            next = StrikeCursor.after(order, items.get(items.size() - 1)).encode();
        }
        return new StrikePage(withCoverage(items), page.page(), page.size(), total, next);
    }

    /** The sort a list or export takes when none is asked for: newest first. */
    static final SortSpec DEFAULT_SORT = SortSpec.of("startedAt", "s.started_at", true);

    /** The sortable fields of the list and the exports, by name. */
    static Map<String, String> sortColumns() {
        return SORTS;
    }

    /**
     * The ids of the strikes a new report of an attack may belong to: same attacker and target, a
     * window that overlaps [{@code from}, {@code to}], and the same weapon category, or either of
     * them MIXED or UNKNOWN. At most 20, oldest first.
     */
    @Transactional(readOnly = true)
    public List<Long> findMatching(String attacker, String target, Instant from, Instant to,
            WeaponCategory weaponCategory) {
        WeaponCategory category = weaponCategory == null ? WeaponCategory.UNKNOWN : weaponCategory;
        return jdbc.sql("""
                        select s.id from strike s
                         where s.attacker = :attacker and s.target = :target
                           and s.started_at <= :to and s.ended_at >= :from
                           and (:category in ('MIXED', 'UNKNOWN') or s.weapon_category in (:category, 'MIXED', 'UNKNOWN'))
                         order by s.started_at, s.id limit 20""")
                .param("attacker", PartyService.normalize(attacker)).param("target", PartyService.normalize(target))
                .param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .param("category", category.name())
                .query(Long.class).list();
    }

    @Transactional
    public StrikeView update(long id, StrikeRequest request) {
        Strike strike = find(id);
        StrikeFields fields = fields(request);
        Instant now = clock.instant();
        strike.describe(fields, now);
        if (request.externalIds() != null) {
            strike.replaceExternalIds(externalIds(request.externalIds(), id), now);
        }
        strikes.flush();
        changeLog.record(ChangeResource.STRIKE, id, ChangeOp.UPDATE);
        return view(strike);
    }

    @Transactional
    public void delete(long id) {
        Strike strike = find(id);
        // allegations that name the strike lose the link (on delete set null): their cease-fires change too
        List<Long> alleging = jdbc.sql("select distinct ceasefire_id from ceasefire_allegation where strike_id = ?")
                .param(id).query(Long.class).list();
        strikes.delete(strike);
        strikes.flush();
        changeLog.record(ChangeResource.STRIKE, id, ChangeOp.DELETE);
        changeLog.record(ChangeResource.CEASEFIRE, alleging, ChangeOp.UPDATE);
    }

    /**
     * Reconciles a strike again after claims were moved to it by SQL in the caller's transaction (a merge
     * of duplicates); the caller records the change.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void reconcileAgain(long id) {
        Strike strike = strikes.findLocked(id).orElseThrow(() -> ApiException.notFound("strike", id));
        strike.reconcileAgain(clock.instant());
        strikes.flush();
    }

    /** Adds a claim and re-reconciles; concurrent additions to one strike queue on its row lock. */
    @Transactional
    public ClaimAdded addClaim(long strikeId, ClaimRequest request) {
        ClaimContent content = claimContent("claim", request);
        Strike strike = strikes.findLocked(strikeId).orElseThrow(() -> ApiException.notFound("strike", strikeId));
        Claim claim = strike.addClaim(content, clock.instant());
        strikes.flush();
        changeLog.record(ChangeResource.STRIKE, strikeId, ChangeOp.UPDATE);
        return new ClaimAdded(claim.id(), view(strike));
    }

    /** A claim added to a strike: its id, and the strike as it is now. */
    public record ClaimAdded(long claimId, StrikeView strike) {
    }

    @Transactional(readOnly = true)
    public ClaimView getClaim(long strikeId, long claimId) {
        Strike strike = find(strikeId);
        Claim claim = strike.claim(claimId);
        return claim.view(strikeId, sources.summaries(List.of(claim.sourceId())).get(claim.sourceId()));
    }

    @Transactional(readOnly = true)
    public List<ClaimView> claims(long strikeId) {
        Strike strike = find(strikeId);
        return claimViews(strike);
    }

    @Transactional
    public StrikeView updateClaim(long strikeId, long claimId, ClaimRequest request) {
        ClaimContent content = claimContent("claim", request);
        Strike strike = strikes.findLocked(strikeId).orElseThrow(() -> ApiException.notFound("strike", strikeId));
        strike.changeClaim(claimId, content, clock.instant());
        strikes.flush();
        changeLog.record(ChangeResource.STRIKE, strikeId, ChangeOp.UPDATE);
        return view(strike);
    }

    @Transactional
    public StrikeView deleteClaim(long strikeId, long claimId) {
        Strike strike = strikes.findLocked(strikeId).orElseThrow(() -> ApiException.notFound("strike", strikeId));
        strike.removeClaim(claimId, clock.instant());
        strikes.flush();
        changeLog.record(ChangeResource.STRIKE, strikeId, ChangeOp.UPDATE);
        return view(strike);
    }

    private StrikeView view(Strike strike) {
        StrikeFields f = strike.fields();
        Map<Figure, ReconciledFigure> figures = strike.reconciled();
        List<ClaimView> claims = claimViews(strike);
        boolean inconsistent = claims.stream().anyMatch(ClaimView::inconsistent);
        List<TargetCategory> categories = f.targetCategories().stream().sorted().toList();
        return new StrikeView(strike.id(), strike.version(), f.attacker(), f.target(), f.startedAt(), f.endedAt(),
                f.timePrecision(), f.place(), f.region(), strike.regionCode(), f.country(), f.latitude(), f.longitude(), f.geoPrecision(),
                f.launchPlace(), f.weaponCategory(), f.weaponModels(), categories,
                figures.get(Figure.LAUNCHED), figures.get(Figure.INTERCEPTED), figures.get(Figure.SUPPRESSED),
                figures.get(Figure.HIT), figures.get(Figure.KILLED), figures.get(Figure.WOUNDED), inconsistent,
                claims, strike.externalIds(), coverage.covering(facts(strike.id(), f)), strike.createdAt(),
                strike.updatedAt());
    }

    /** The same views with the cease-fires each strike falls under, found in one batch. */
    List<StrikeView> withCoverage(List<StrikeView> views) {
        if (views.isEmpty()) {
            return views;
        }
        List<StrikeFacts> facts = views.stream().map(v -> new StrikeFacts(v.id(), v.attacker(), v.target(),
                v.startedAt(), v.endedAt(), v.region(), v.place(),
                v.targetCategories().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()))).toList();
        Map<Long, List<CoveringCeasefire>> covering = coverage.covering(facts);
        return views.stream().map(v -> v.withCeasefires(covering.getOrDefault(v.id(), List.of()))).toList();
    }

    private static StrikeFacts facts(Long id, StrikeFields f) {
        Set<String> categories = new java.util.HashSet<>();
        f.targetCategories().forEach(c -> categories.add(c.name()));
        return new StrikeFacts(id, f.attacker(), f.target(), f.startedAt(), f.endedAt(), f.region(), f.place(),
                categories);
    }

    private List<ClaimView> claimViews(Strike strike) {
        Set<Long> sourceIds = new LinkedHashSet<>();
        strike.claims().forEach(c -> sourceIds.add(c.sourceId()));
        Map<Long, SourceSummary> summaries = sources.summaries(sourceIds);
        return strike.claims().stream().map(c -> c.view(strike.id(), summaries.get(c.sourceId()))).toList();
    }

    private Strike find(long id) {
        return strikes.findById(id).orElseThrow(() -> ApiException.notFound("strike", id));
    }

    private StrikeFields fields(StrikeRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String attacker = parties.requireKnown("attacker", request.attacker());
        String target = parties.requireKnown("target", request.target());
        Instant startedAt = Times.checked("startedAt", request.startedAt());
        Instant endedAt = request.endedAt() == null ? startedAt : Times.checked("endedAt", request.endedAt());
        if (endedAt.isBefore(startedAt)) {
            problems.add(new FieldProblem("endedAt", "must not be before startedAt", request.endedAt().toString(),
                    null));
        } else if (Duration.between(startedAt, endedAt).compareTo(LONGEST_WINDOW) > 0) {
            problems.add(FieldProblem.of("endedAt", "the window may span at most 366 days"));
        }
        String country = blankToNull(request.country());
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                problems.add(new FieldProblem("country", "must be an ISO 3166 alpha-2 code such as UA",
                        request.country(), null));
            }
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            problems.add(FieldProblem.of(request.latitude() == null ? "latitude" : "longitude",
                    "latitude and longitude come together"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        String place = blankToNull(request.place());
        String region = blankToNull(request.region());
        GeoPrecision geoPrecision = request.geoPrecision() != null ? request.geoPrecision()
                : request.latitude() != null ? GeoPrecision.EXACT
                : place != null ? GeoPrecision.TOWN
                : region != null ? GeoPrecision.REGION
                : GeoPrecision.COUNTRY;
        Set<String> models = new LinkedHashSet<>();
        if (request.weaponModels() != null) {
            request.weaponModels().forEach(m -> models.add(m.trim()));
        }
        Set<TargetCategory> categories = EnumSet.noneOf(TargetCategory.class);
        if (request.targetCategories() != null) {
            categories.addAll(request.targetCategories());
        }
        return new StrikeFields(attacker, target, startedAt, endedAt, request.timePrecision(), place, region, country,
                request.latitude(), request.longitude(), geoPrecision, blankToNull(request.launchPlace()),
                request.weaponCategory() == null ? WeaponCategory.UNKNOWN : request.weaponCategory(),
                List.copyOf(models), categories);
    }

    private ClaimContent claimContent(String field, ClaimRequest request) {
        long sourceId = sources.resolve(field, request.sourceId(), blankToNull(request.sourceUrl()));
        String claimant = parties.requireKnown(field + ".claimant", blankToNull(request.claimant()));
        List<FieldProblem> problems = new ArrayList<>();
        Map<Figure, StatedFigure> figures = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            StatedFigure stated = request.figure(figure);
            if (stated != null) {
                String problem = stated.problem();
                if (problem != null) {
                    problems.add(FieldProblem.of(field + "." + figure.field(), problem));
                } else {
                    figures.put(figure, stated);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new ClaimContent(sourceId, claimant, blankToNull(request.attributedTo()),
                Times.checked(field + ".reportedAt", request.reportedAt()), blankToNull(request.quote()),
                blankToNull(request.reference()), figures);
    }

    private Map<String, String> externalIds(Map<String, String> requested, Long strikeId) {
        if (requested == null || requested.isEmpty()) {
            return Map.of();
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : requested.entrySet()) {
            String dataset = entry.getKey().trim();
            if (!dataset.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                throw ApiException.invalid("externalIds", "dataset names are letters, digits, '.', '_' or '-'");
            }
            ids.put(dataset, entry.getValue().trim());
        }
        for (Map.Entry<String, String> entry : ids.entrySet()) {
            List<Long> owners = jdbc.sql("select strike_id from strike_external_id where dataset = ? and external_id = ?")
                    .params(entry.getKey(), entry.getValue()).query(Long.class).list();
            if (!owners.isEmpty() && !owners.get(0).equals(strikeId)) {
                throw ApiException.conflict("duplicate", "Strike " + owners.get(0) + " already has external id "
                        + entry.getKey() + "=" + entry.getValue() + ".").with("existingId", owners.get(0));
            }
        }
        return ids;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
