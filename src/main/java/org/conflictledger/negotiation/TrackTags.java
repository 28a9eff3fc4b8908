package org.conflictledger.negotiation;

import org.conflictledger.integrity.Representations;
import org.conflictledger.integrity.ViewCollection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tracks as tagged items: the ETag of {@code GET /api/v1/tracks/{id}} and If-Match on every write to one. */
@Component
class TrackTags extends ViewCollection {

    private final TrackService service;

    TrackTags(TrackService service, JdbcClient jdbc, Representations json) {
        super("tracks", "track", "id", jdbc, json);
        this.service = service;
    }

    @Override
    protected Object view(Object key) {
        return service.get((Long) key);
    }
}
