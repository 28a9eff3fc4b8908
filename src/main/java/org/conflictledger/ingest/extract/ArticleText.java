package org.conflictledger.ingest.extract;

import java.time.Instant;

/** What the extractor reads: a title, plain text, and the publication time that relative dates refer to. */
public record ArticleText(String title, String text, Instant published) {
}
