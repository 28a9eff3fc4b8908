package org.conflictledger.ingest.article;

import java.time.Instant;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.Times;
import org.conflictledger.ingest.extract.EventKind;

/**
 * The filters of the article list: full-text {@code q} (PostgreSQL web-search syntax), the feed,
 * a time window on the publication time ({@code from} inclusive, {@code to} exclusive; an item
 * without a date counts at its retrieval time), relevance and kind.
 */
public record ArticleFilter(String q, Long feedId, Instant from, Instant to, Boolean relevant, EventKind kind,
        Double minRelevance) {

    public ArticleFilter {
        q = q == null || q.isBlank() ? null : q.trim();
        if (q != null && q.length() > 500) {
            throw ApiException.invalid("q", "must be at most 500 characters");
        }
        Times.requireOrdered(from, to);
        if (minRelevance != null && (minRelevance < 0 || minRelevance > 1 || minRelevance.isNaN())) {
            throw ApiException.invalid("minRelevance", "must be between 0 and 1");
        }
    }
}
