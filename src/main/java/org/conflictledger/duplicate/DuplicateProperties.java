package org.conflictledger.duplicate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Duplicate handling. {@code autoMerge}: merge DUPLICATE candidates at or above {@code autoMergeScore}
 * without review, recorded with author {@code auto-merge} — off by default.
 */
@ConfigurationProperties("ledger.duplicates")
public record DuplicateProperties(Boolean autoMerge, Double autoMergeScore) {

    public DuplicateProperties {
        autoMerge = autoMerge != null && autoMerge;
        autoMergeScore = autoMergeScore == null ? 0.98 : autoMergeScore;
    }
}
