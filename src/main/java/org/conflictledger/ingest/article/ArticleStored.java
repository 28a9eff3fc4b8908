package org.conflictledger.ingest.article;

import java.time.Instant;

import org.conflictledger.ingest.extract.ArticleReading;

/**
 * Published (inside the storing transaction) when a new article is kept, or when a stored one is read
 * again ({@code reextracted}), with what the extractor read in it; the review queue listens and makes
 * one candidate per event.
 */
public record ArticleStored(long articleId, String title, String url, String publisher, Instant publishedAt,
        ArticleReading reading, boolean reextracted) {
}
