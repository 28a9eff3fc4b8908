package org.conflictledger.ingest.article;

import java.time.Instant;

import org.conflictledger.ingest.extract.Extraction;

/**
 * Published (inside the storing transaction) when a new article is kept, with what the extractor
 * read in it; the review queue listens.
 */
public record ArticleStored(long articleId, String title, String url, String publisher, Instant publishedAt,
        Extraction extraction) {
}
