package org.conflictledger.ingest.article;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.SortSpec;
import org.conflictledger.common.Times;
import org.conflictledger.ingest.extract.ArticleReading;
import org.conflictledger.ingest.extract.ArticleText;
import org.conflictledger.ingest.extract.EventKind;
import org.conflictledger.ingest.extract.Extractor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each article once and answers searches over them. Plain SQL rather than JPA: the
 * de-duplication is one insert that yields to any of three unique keys, and search ranks by
 * PostgreSQL text search, neither of which JPA expresses.
 */
@Service
public class ArticleService {

    private static final int MAX_TEXT = 100_000;
    private static final Map<String, String> SORTS = Map.of("publishedAt", "coalesce(a.published_at, a.retrieved_at)",
            "id", "a.id", "relevance", "a.relevance", "retrievedAt", "a.retrieved_at");
    private static final String COLUMNS = "a.id, a.feed_id, a.guid, a.link, a.canonical_url, a.title, a.publisher,"
            + " a.author, a.published_at, a.retrieved_at, a.summary, a.relevant, a.kind, a.relevance, a.created_at,"
            + " a.language, a.kinds, a.headline_kind";

    private final JdbcClient jdbc;
    private final Extractor extractor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleService(JdbcClient jdbc, Extractor extractor, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.extractor = extractor;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome of storing an item: the article's id, and whether it is new. */
    public record Stored(long articleId, boolean created) {
    }

    /**
     * Stores a feed item unless an article with the same guid (from the same publisher), the same
     * canonical URL or the same content hash is already kept. A new article is read by the
     * extractor and announced with {@link ArticleStored}.
     */
    @Transactional
    public Stored store(Long feedId, String publisher, FeedItem item, Instant retrievedAt) {
        String title = clip(HtmlText.of(item.title()), 1000);
        String text = HtmlText.of(item.description());
        String content = HtmlText.of(item.content());
        if (!content.isEmpty() && !content.contains(text)) {
            text = text.isEmpty() ? content : text + "\n\n" + content;
        } else if (!content.isEmpty()) {
            text = content;
        }
        text = clip(text, MAX_TEXT);
        if (title.isBlank()) {
            title = text.isEmpty() ? "(untitled)" : clip(text.lines().findFirst().orElse(""), 200);
        }
        String guid = clip(item.guid(), 2048);
        String link = clip(item.link(), 2048);
        String canonical = clip(CanonicalUrl.of(item.link() != null ? item.link() : item.guid()), 2048);
        String hash = contentHash(title, text);
        Optional<Long> existing = jdbc.sql("""
                        select id from article
                         where (guid = :guid and coalesce(publisher, '') = coalesce(:publisher, ''))
                            or canonical_url = :canonical or content_hash = :hash
                         order by id limit 1""")
                .param("guid", guid).param("publisher", publisher).param("canonical", canonical).param("hash", hash)
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        Instant published = item.published() == null ? null : clamp(item.published());
        ArticleReading reading = extractor.read(new ArticleText(title, text,
                published != null ? published : retrievedAt));
        Optional<Long> id = jdbc.sql("""
                        insert into article (feed_id, guid, link, canonical_url, content_hash, title, publisher, author,
                                             published_at, retrieved_at, summary, relevant, kind, relevance, created_at,
                                             language, kinds, headline_kind)
                        values (:feedId, :guid, :link, :canonical, :hash, :title, :publisher, :author, :published,
                                :retrieved, :summary, :relevant, :kind, :relevance, :now, :language,
                                string_to_array(:kinds, ',')::varchar(16)[], :kind)
                        on conflict do nothing
                        returning id""")
                .param("feedId", feedId).param("guid", guid).param("link", link).param("canonical", canonical)
                .param("hash", hash).param("title", title).param("publisher", clip(publisher, 200))
                .param("author", clip(item.author(), 300)).param("published", timestamp(published))
                .param("retrieved", timestamp(retrievedAt)).param("summary", text)
                .param("relevant", reading.relevant())
                .param("kind", reading.relevant() && reading.headlineKind() != null ? reading.headlineKind().name() : null)
                .param("relevance", relevance(reading.relevance()))
                .param("now", timestamp(clock.instant()))
                .param("language", clip(reading.language(), 16))
                .param("kinds", kinds(reading))
                .query(Long.class).optional();
        if (id.isEmpty()) {
            // another poll stored the same article between the look-up and the insert
            return new Stored(-1, false);
        }
        events.publishEvent(new ArticleStored(id.get(), title, link != null ? link : canonical, publisher,
                published != null ? published : retrievedAt, reading, false));
        return new Stored(id.get(), true);
    }

    /**
     * Reads a stored article again with today's extractor: its relevance, language and kinds are
     * updated, and the review queue replaces the article's PENDING candidates with the new reading's
     * events (decided candidates stay). Returns the article as it is afterwards.
     */
    @Transactional
    public ArticleView reextract(long id) {
        ArticleView article = get(id);
        Instant published = article.publishedAt() != null ? article.publishedAt() : article.retrievedAt();
        ArticleReading reading = extractor.read(new ArticleText(article.title(), article.summary(), published));
        jdbc.sql("""
                        update article set relevant = :relevant, kind = :kind, headline_kind = :kind,
                               relevance = :relevance, language = :language,
                               kinds = string_to_array(:kinds, ',')::varchar(16)[]
                         where id = :id""")
                .param("relevant", reading.relevant())
                .param("kind", reading.relevant() && reading.headlineKind() != null ? reading.headlineKind().name() : null)
                .param("relevance", relevance(reading.relevance())).param("language", clip(reading.language(), 16))
                .param("kinds", kinds(reading)).param("id", id).update();
        events.publishEvent(new ArticleStored(id, article.title(), article.link() != null ? article.link()
                : article.canonicalUrl(), article.publisher(), published, reading, true));
        return get(id);
    }

    /** The ids of the articles published in [from, to) (either bound open), oldest first. */
    @Transactional(readOnly = true)
    public List<Long> idsPublished(Instant from, Instant to) {
        return jdbc.sql("""
                        select id from article
                         where (cast(:from as timestamptz) is null or coalesce(published_at, retrieved_at) >= :from)
                           and (cast(:to as timestamptz) is null or coalesce(published_at, retrieved_at) < :to)
                         order by coalesce(published_at, retrieved_at), id""")
                .param("from", timestamp(from)).param("to", timestamp(to)).query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public ArticleView get(long id) {
        ArticleView article = jdbc.sql("select " + COLUMNS + " from article a where a.id = :id").param("id", id)
                .query(ArticleService::map).optional().orElseThrow(() -> ApiException.notFound("article", id));
        return withCandidates(List.of(article)).get(0);
    }

    /**
     * The candidates of each article, read from the review queue's table in one query (the queue
     * depends on articles, so the article side reads the table rather than the queue's service).
     */
    private List<ArticleView> withCandidates(List<ArticleView> articles) {
        if (articles.isEmpty()) {
            return articles;
        }
        Map<Long, List<ArticleView.CandidateRef>> byArticle = new HashMap<>();
        jdbc.sql("""
                        select id, article_id, event_index, kind, background, status, confidence from candidate
                         where article_id in (:ids) order by article_id, event_index, id""")
                .param("ids", articles.stream().map(ArticleView::id).toList())
                .query((rs, row) -> {
                    byArticle.computeIfAbsent(rs.getLong("article_id"), k -> new java.util.ArrayList<>())
                            .add(new ArticleView.CandidateRef(rs.getLong("id"), rs.getInt("event_index"),
                                    EventKind.valueOf(rs.getString("kind")), rs.getBoolean("background"),
                                    rs.getString("status"), rs.getBigDecimal("confidence"),
                                    "/api/v1/candidates/" + rs.getLong("id")));
                    return null;
                }).list();
        return articles.stream().map(a -> a.withCandidates(byArticle.getOrDefault(a.id(), List.of()))).toList();
    }

    private static String kinds(ArticleReading reading) {
        return String.join(",", reading.kinds().stream().map(Enum::name).toList());
    }

    @Transactional(readOnly = true)
    public PageResponse<ArticleView> list(ArticleFilter filter, String sort, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null) {
            where.append(" and a.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", filter.q());
        }
        if (filter.feedId() != null) {
            where.append(" and a.feed_id = :feedId");
            params.put("feedId", filter.feedId());
        }
        if (filter.from() != null) {
            where.append(" and coalesce(a.published_at, a.retrieved_at) >= :from");
            params.put("from", timestamp(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and coalesce(a.published_at, a.retrieved_at) < :to");
            params.put("to", timestamp(filter.to()));
        }
        if (filter.relevant() != null) {
            where.append(" and a.relevant = :relevant");
            params.put("relevant", filter.relevant());
        }
        if (filter.kind() != null) {
            // any of the article's events, not only its headline
            where.append(" and a.kinds @> array[cast(:kind as varchar(16))]");
            params.put("kind", filter.kind().name());
        }
        if (filter.minRelevance() != null) {
            where.append(" and a.relevance >= :minRelevance");
            params.put("minRelevance", BigDecimal.valueOf(filter.minRelevance()));
        }
        String order;
        if (filter.q() != null && (sort == null || sort.isBlank())) {
            order = " order by ts_rank(a.search, websearch_to_tsquery('english', :q)) desc, a.id desc";
        } else {
            order = SortSpec.parse(sort, SORTS, SortSpec.of("publishedAt", SORTS.get("publishedAt"), true))
                    .orderBy("a.id");
        }
        long total = jdbc.sql("select count(*) from article a" + where).params(params).query(Long.class).single();
        List<ArticleView> items = jdbc.sql("select " + COLUMNS + " from article a" + where + order
                        + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ArticleService::map).list();
        return new PageResponse<>(withCandidates(items), page.page(), page.size(), total);
    }

    /** Deletes an article and, with it, its review candidate. */
    @Transactional
    public void delete(long id) {
        if (jdbc.sql("delete from article where id = :id").param("id", id).update() == 0) {
            throw ApiException.notFound("article", id);
        }
    }

    static String contentHash(String title, String text) {
        String normalised = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (normalised.length() < 40) {
            // too little text to tell two short items apart: guid and URL decide
            return null;
        }
        String basis = title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip() + "\n" + normalised;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArticleView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long feedId = rs.getLong("feed_id");
        Long feed = rs.wasNull() ? null : feedId;
        String kind = rs.getString("kind");
        return new ArticleView(rs.getLong("id"), feed, rs.getString("guid"), rs.getString("link"),
                rs.getString("canonical_url"), rs.getString("title"), rs.getString("publisher"), rs.getString("author"),
                Times.instant(rs, "published_at"), Times.instant(rs, "retrieved_at"), rs.getString("summary"),
                rs.getBoolean("relevant"), kind == null ? null : EventKind.valueOf(kind), rs.getBigDecimal("relevance"),
                Times.instant(rs, "created_at"), rs.getString("language"), kinds(rs.getArray("kinds")),
                rs.getString("headline_kind") == null ? null : EventKind.valueOf(rs.getString("headline_kind")),
                List.of());
    }

    private static List<EventKind> kinds(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return java.util.Arrays.stream(values).map(v -> EventKind.valueOf(v.toString())).toList();
    }

    private static BigDecimal relevance(double confidence) {
        double bounded = Math.max(0, Math.min(1, confidence));
        return BigDecimal.valueOf(bounded).setScale(3, RoundingMode.HALF_UP);
    }

    private static Instant clamp(Instant instant) {
        if (instant.isBefore(Times.EARLIEST) || !instant.isBefore(Times.LATEST)) {
            return null;
        }
        return instant;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
