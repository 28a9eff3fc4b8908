package org.conflictledger.ingest.feed;

import org.conflictledger.integrity.Representations;
import org.conflictledger.integrity.ViewCollection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feeds as tagged items: the ETag of {@code GET /api/v1/feeds/{id}} and If-Match on every write to
 * one. A poll commits each article on its own (and fetches over the network), so it runs outside a
 * request transaction: its If-Match is compared before it starts.
 */
@Component
class FeedTags extends ViewCollection {

    private final FeedService service;

    FeedTags(FeedService service, JdbcClient jdbc, Representations json) {
        super("feeds", "feed", "id", jdbc, json);
        this.service = service;
    }

    @Override
    public boolean transactional(String method, String path) {
        return !path.endsWith("/poll");
    }

    @Override
    protected Object view(Object key) {
        return service.get((Long) key);
    }
}
