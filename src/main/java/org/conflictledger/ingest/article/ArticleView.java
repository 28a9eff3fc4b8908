package org.conflictledger.ingest.article;

import java.math.BigDecimal;
import java.time.Instant;

import org.conflictledger.ingest.extract.EventKind;

/**
 * An article as stored: {@code summary} is the item's text with HTML stripped; {@code relevant},
 * {@code kind} and {@code relevance} (0–1) are the extractor's reading of it.
 */
public record ArticleView(Long id, Long feedId, String guid, String link, String canonicalUrl, String title,
        String publisher, String author, Instant publishedAt, Instant retrievedAt, String summary, boolean relevant,
        EventKind kind, BigDecimal relevance, Instant createdAt) {
}
