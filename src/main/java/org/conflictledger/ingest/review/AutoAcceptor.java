package org.conflictledger.ingest.review;

import org.conflictledger.ingest.FeedsProperties;
import org.conflictledger.ingest.article.ArticleStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Accepts new candidates at or above {@code ledger.feeds.auto-accept.threshold} without review,
 * when {@code ledger.feeds.auto-accept.enabled} (off by default), each event's candidate on its own.
 * Runs after the article is committed; a candidate that cannot be accepted (several matching strikes,
 * a missing field, a cease-fire, a background event) stays pending for a person.
 */
@Component
class AutoAcceptor {

    private static final Logger log = LoggerFactory.getLogger(AutoAcceptor.class);

    private final FeedsProperties properties;
    private final CandidateService candidates;

    AutoAcceptor(FeedsProperties properties, CandidateService candidates) {
        this.properties = properties;
        this.candidates = candidates;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ArticleStored stored) {
        if (!properties.autoAccept().enabled() || !stored.reading().relevant()) {
            return;
        }
        // each event's candidate on its own: one that cannot be accepted does not hold back the others
        for (long candidateId : candidates.pendingOf(stored.articleId())) {
            try {
                candidates.autoAccept(candidateId, properties.autoAccept().threshold());
            } catch (RuntimeException e) {
                log.info("Candidate {} of article {} left for review: {}", candidateId, stored.articleId(),
                        e.getMessage());
            }
        }
    }
}
