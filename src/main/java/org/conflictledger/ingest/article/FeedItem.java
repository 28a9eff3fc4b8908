package org.conflictledger.ingest.article;

import java.time.Instant;

/**
 * One item of a feed as parsed, before it is stored: HTML still in {@code description} and
 * {@code content}; {@code published} null when the item carries no date.
 */
public record FeedItem(String guid, String link, String title, String description, String content,
        Instant published, String author) {
}
