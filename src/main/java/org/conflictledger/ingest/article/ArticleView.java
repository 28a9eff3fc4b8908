package org.conflictledger.ingest.article;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.conflictledger.ingest.extract.EventKind;

/**
 * An article as stored: {@code summary} is the item's text with HTML stripped; {@code relevant},
 * {@code relevance} (0–1), {@code language}, {@code kinds} (of all its events, in order of first
 * mention), {@code headlineKind} (its headline event's kind; {@code kind} is the same, kept for older
 * readers) are the extractor's reading of it; {@code candidates} the review candidates read from it,
 * one per event.
 */
public record ArticleView(Long id, @Nullable Long feedId, @Nullable String guid, String link, String canonicalUrl, String title,
        @Nullable String publisher, @Nullable String author, @Nullable Instant publishedAt, Instant retrievedAt, @Nullable String summary, boolean relevant,
        @Nullable EventKind kind, @Nullable BigDecimal relevance, Instant createdAt, @Nullable String language, List<EventKind> kinds,
        @Nullable EventKind headlineKind, List<CandidateRef> candidates) {

    /** A candidate read from the article: its event's index and kind, whether it is background, its status. */
    public record CandidateRef(long id, int event, EventKind kind, boolean background, String status,
            BigDecimal confidence, String href) {
    }

    ArticleView withCandidates(List<CandidateRef> refs) {
        return new ArticleView(id, feedId, guid, link, canonicalUrl, title, publisher, author, publishedAt,
                retrievedAt, summary, relevant, kind, relevance, createdAt, language, kinds, headlineKind, refs);
    }
}
