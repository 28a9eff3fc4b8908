package org.conflictledger.ingest.review;

import org.conflictledger.integrity.Representations;
import org.conflictledger.integrity.ViewCollection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Review candidates as tagged items: the ETag of {@code GET /api/v1/candidates/{id}} and If-Match on every write to one. */
@Component
class CandidateTags extends ViewCollection {

    private final CandidateService service;

    CandidateTags(CandidateService service, JdbcClient jdbc, Representations json) {
        super("candidates", "candidate", "id", jdbc, json);
        this.service = service;
    }

    @Override
    protected Object view(Object key) {
        return service.get((Long) key);
    }
}
