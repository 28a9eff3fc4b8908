package org.conflictledger.source;

import org.conflictledger.integrity.Representations;
import org.conflictledger.integrity.ViewCollection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sources as tagged items: the ETag of {@code GET /api/v1/sources/{id}} and If-Match on every write to one. */
@Component
class SourceTags extends ViewCollection {

    private final SourceService service;

    SourceTags(SourceService service, JdbcClient jdbc, Representations json) {
        super("sources", "source", "id", jdbc, json);
        this.service = service;
    }

    @Override
    protected Object view(Object key) {
        return service.get((Long) key);
    }
}
