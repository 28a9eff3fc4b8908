package org.conflictledger.duplicate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Duplicate handling. {@code autoMerge}: merge DUPLICATE candidates at or above {@code autoMergeScore}
 * without review, recorded with author {@code auto-merge} — off by default. {@code reviewScore}: where
 * the review band starts (candidates below it are kept and listed with an explicit {@code minScore},
 * but are not expected to be duplicates).
 */
@ConfigurationProperties("ledger.duplicates")
public record DuplicateProperties(Boolean autoMerge, Double autoMergeScore, Double reviewScore) {

    public DuplicateProperties {
        autoMerge = autoMerge != null && autoMerge;
        autoMergeScore = autoMergeScore == null ? 0.995 : autoMergeScore;
        reviewScore = reviewScore == null ? 0.5 : reviewScore;
    }
}
