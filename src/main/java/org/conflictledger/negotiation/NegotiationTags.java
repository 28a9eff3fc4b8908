package org.conflictledger.negotiation;

import org.conflictledger.integrity.Representations;
import org.conflictledger.integrity.ViewCollection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Negotiation events as tagged items: the ETag of {@code GET /api/v1/negotiations/{id}} and If-Match on every write to one. */
@Component
class NegotiationTags extends ViewCollection {

    private final NegotiationService service;

    NegotiationTags(NegotiationService service, JdbcClient jdbc, Representations json) {
        super("negotiations", "negotiation_event", "id", jdbc, json);
        this.service = service;
    }

    @Override
    protected Object view(Object key) {
        return service.get((Long) key);
    }
}
