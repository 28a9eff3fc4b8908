package org.conflictledger.duplicate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Duplicate handling. {@code reviewScore}: candidates at or above it are the review band (the default
 * of the list's {@code minScore}); {@code autoMerge}: merge DUPLICATE candidates at or above
 * {@code autoMergeScore} as soon as they are found, recorded with author {@code auto-merge} — off by default.
 */
@ConfigurationProperties("ledger.duplicates")
public record DuplicateProperties(Double reviewScore, Boolean autoMerge, Double autoMergeScore) {

    public DuplicateProperties {
        reviewScore = reviewScore == null ? 0.5 : reviewScore;
        autoMerge = autoMerge != null && autoMerge;
        autoMergeScore = autoMergeScore == null ? 0.98 : autoMergeScore;
    }
}
