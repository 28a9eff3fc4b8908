package org.conflictledger.ceasefire;

import org.conflictledger.integrity.Representations;
import org.conflictledger.integrity.ViewCollection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cease-fires as tagged items: the ETag of {@code GET /api/v1/ceasefires/{id}} and If-Match on every write to one. */
@Component
class CeasefireTags extends ViewCollection {

    private final CeasefireService service;

    CeasefireTags(CeasefireService service, JdbcClient jdbc, Representations json) {
        super("ceasefires", "ceasefire", "id", jdbc, json);
        this.service = service;
    }

    @Override
    protected Object view(Object key) {
        return service.get((Long) key);
    }
}
