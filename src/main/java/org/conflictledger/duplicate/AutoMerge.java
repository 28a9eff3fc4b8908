package org.conflictledger.duplicate;

import java.util.List;

import org.conflictledger.common.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Auto-merge, present only with {@code ledger.duplicates.auto-merge=true} (off by default): every
 * {@code ledger.duplicates.auto-merge-tick} it merges the OPEN DUPLICATE candidates scoring at or above
 * {@code auto-merge-score}, best first, each in its own transaction, recorded with author
 * {@code auto-merge} (undo works as for any merge). A candidate another instance decided first is skipped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.duplicates.auto-merge", havingValue = "true")
@EnableScheduling
class AutoMerge {

    static final String AUTHOR = "auto-merge";
    private static final Logger log = LoggerFactory.getLogger(AutoMerge.class);

    private final DuplicateService duplicates;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    AutoMerge(DuplicateService duplicates, JdbcClient jdbc, TransactionTemplate transactions) {
        this.duplicates = duplicates;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${ledger.duplicates.auto-merge-tick:PT30S}", initialDelayString = "PT10S")
    void tick() {
        mergeDue(java.time.Instant.EPOCH.minusSeconds(86_400L * 366 * 200), java.time.Instant.parse("2200-01-01T00:00:00Z"));
    }

    /** Merges the due candidates whose pair starts in [from, to); returns how many it merged. */
    int mergeDue(java.time.Instant from, java.time.Instant to) {
        List<Long> due = jdbc.sql("select id from duplicate_candidate where status = 'OPEN' and relation = 'DUPLICATE'"
                + " and score >= ? and started_at >= ? and started_at < ? order by score desc, id limit 1000")
                .params(duplicates.properties().autoMergeScore(), java.sql.Timestamp.from(from),
                        java.sql.Timestamp.from(to)).query(Long.class).list();
        int merged = 0;
        for (long id : due) {
            try {
                transactions.executeWithoutResult(status -> duplicates.merge(id, AUTHOR));
                merged++;
            } catch (ApiException e) {
                // decided meanwhile, or one of its strikes was merged into another already
            }
        }
        if (merged > 0) {
            log.info("Auto-merge merged {} duplicate candidate(s)", merged);
        }
        return merged;
    }
}
