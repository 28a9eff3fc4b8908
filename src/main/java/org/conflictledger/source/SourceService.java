package org.conflictledger.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.ChangedSince;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.SortSpec;
import org.conflictledger.common.Times;
import org.conflictledger.party.PartyService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sources, and the look-ups other features use to name a source by id or URL. */
@Service
public class SourceService {

    private static final Map<String, String> SORTS = Map.of("id", "id", "publisher", "lower(publisher)",
            "publishedAt", "published_at", "createdAt", "created_at");
    private static final String COLUMNS = "id, publisher, kind, party, url, title, published_at, retrieved_at,"
            + " version, created_at, updated_at";

    private final SourceRepository sources;
    private final PartyService parties;
    private final JdbcClient jdbc;
    private final Clock clock;

    SourceService(SourceRepository sources, PartyService parties, JdbcClient jdbc, Clock clock) {
        this.sources = sources;
        this.parties = parties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public SourceView create(SourceRequest request) {
        Source.SourceFields fields = check(request);
        if (fields.url() != null) {
            sources.findByUrl(fields.url()).ifPresent(existing -> {
                throw ApiException.conflict("duplicate", "A source with this url already exists (id "
                        + existing.id() + ").").with("existingId", existing.id());
            });
        }
        try {
            return sources.saveAndFlush(new Source(fields, clock.instant())).view();
        } catch (DataIntegrityViolationException e) {
            throw ApiException.conflict("duplicate", "A source with this url already exists.");
        }
    }

    @Transactional(readOnly = true)
    public SourceView get(long id) {
        return find(id).view();
    }

    /** One page of sources, optionally by publisher, kind and party and changed at or after {@code updatedSince}. */
    @Transactional(readOnly = true)
    public PageResponse<SourceView> list(String publisher, SourceKind kind, String party,
            java.time.Instant updatedSince, String sort, PageQuery page) {
        SortSpec order = SortSpec.parse(sort, SORTS, SortSpec.of("id", "id", false));
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (publisher != null && !publisher.isBlank()) {
            where.append(" and lower(publisher) like :publisher escape '\\'");
            params.put("publisher", "%" + likeEscape(publisher.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind.name());
        }
        if (party != null && !party.isBlank()) {
            where.append(" and party = :party");
            params.put("party", PartyService.normalize(party));
        }
        ChangedSince.append(where, params, "updated_at", updatedSince);
        long total = jdbc.sql("select count(*) from source" + where).params(params).query(Long.class).single();
        List<SourceView> items = jdbc.sql("select " + COLUMNS + " from source" + where + order.orderBy("id")
                        + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new SourceView(rs.getLong("id"), rs.getString("publisher"),
                        SourceKind.valueOf(rs.getString("kind")), rs.getString("party"), rs.getString("url"),
                        rs.getString("title"), Times.instant(rs, "published_at"), Times.instant(rs, "retrieved_at"),
                        rs.getLong("version"), Times.instant(rs, "created_at"), Times.instant(rs, "updated_at")))
                .list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    @Transactional
    public SourceView update(long id, SourceRequest request) {
        Source source = find(id);
        Source.SourceFields fields = check(request);
        if (fields.url() != null) {
            sources.findByUrl(fields.url()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw ApiException.conflict("duplicate", "Another source has this url (id " + other.id() + ").")
                        .with("existingId", other.id());
            });
        }
        source.apply(fields, clock.instant());
        return sources.saveAndFlush(source).view();
    }

    @Transactional
    public void delete(long id) {
        Source source = find(id);
        try {
            sources.delete(source);
            sources.flush();
        } catch (DataIntegrityViolationException e) {
            throw ApiException.conflict("in-use", "Source " + id + " is still cited by claims, transitions,"
                    + " allegations or negotiation events.");
        }
    }

    /**
     * The id of the source a request names, by id or by URL (exactly one of them); unknown is a 400
     * naming {@code field}.
     */
    @Transactional(readOnly = true)
    public long resolve(String field, Long id, String url) {
        if (id != null && url != null) {
            throw ApiException.invalid(field, "give sourceId or sourceUrl, not both");
        }
        if (id != null) {
            if (!sources.existsById(id)) {
                throw ApiException.invalid(field + ".sourceId", "no source with id " + id);
            }
            return id;
        }
        if (url != null) {
            return sources.findByUrl(url.trim()).map(Source::id).orElseThrow(() -> ApiException.invalid(
                    field + ".sourceUrl", "no source with url " + url + " (create it with POST /api/v1/sources)"));
        }
        throw ApiException.invalid(field + ".sourceId", "is required (or sourceUrl)");
    }

    /** The id of the source with exactly this URL, if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> findIdByUrl(String url) {
        return url == null || url.isBlank() ? java.util.Optional.empty()
                : sources.findByUrl(url.trim()).map(Source::id);
    }

    /**
     * The id of the source with this publisher and kind (case-insensitive; the oldest when there are
     * several), created with the given party when there is none. Imports name a data set's source by
     * it ("Ukrainian Air Force", "UCDP GED"); concurrent callers get one source, not two.
     */
    @Transactional
    public long findOrCreate(String publisher, SourceKind kind, String party) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('source:' || lower(:publisher)))")
                .param("publisher", publisher).query().singleRow();
        List<Long> existing = jdbc.sql("select id from source where lower(publisher) = lower(:publisher)"
                        + " and kind = :kind order by id limit 1")
                .param("publisher", publisher).param("kind", kind.name()).query(Long.class).list();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        String partyCode = party == null || !parties.exists(party) ? null : PartyService.normalize(party);
        return sources.saveAndFlush(new Source(new Source.SourceFields(publisher, kind, partyCode, null, null, null,
                null), clock.instant())).id();
    }

    /** Checks an optional source id; unknown is a 400 naming {@code field}. */
    @Transactional(readOnly = true)
    public Long requireKnown(String field, Long id) {
        if (id != null && !sources.existsById(id)) {
            throw ApiException.invalid(field, "no source with id " + id);
        }
        return id;
    }

    /** Summaries of the given sources, by id. */
    @Transactional(readOnly = true)
    public Map<Long, SourceSummary> summaries(Collection<Long> ids) {
        Map<Long, SourceSummary> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, publisher, kind, party, url, title from source where id in (:ids)")
                .param("ids", Set.copyOf(ids))
                .query(rs -> {
                    out.put(rs.getLong("id"), new SourceSummary(rs.getLong("id"), rs.getString("publisher"),
                            SourceKind.valueOf(rs.getString("kind")), rs.getString("party"), rs.getString("url"),
                            rs.getString("title")));
                });
        return out;
    }

    private Source.SourceFields check(SourceRequest request) {
        String party = parties.requireKnown("party", request.party());
        String url = request.url() == null || request.url().isBlank() ? null : request.url().trim();
        if (url != null) {
            checkUrl(url);
        }
        return new Source.SourceFields(request.publisher().trim(), request.kind(), party, url,
                blankToNull(request.title()), instant("publishedAt", request.publishedAt()),
                instant("retrievedAt", request.retrievedAt()));
    }

    private static java.time.Instant instant(String field, OffsetDateTime time) {
        return time == null ? null : Times.checked(field, time);
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ApiException.invalid("url", "must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw ApiException.invalid("url", "is not a valid URL");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Source find(long id) {
        return sources.findById(id).orElseThrow(() -> ApiException.notFound("source", id));
    }
}
