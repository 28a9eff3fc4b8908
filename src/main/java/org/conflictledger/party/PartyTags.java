package org.conflictledger.party;

import java.util.Locale;

import org.conflictledger.integrity.Representations;
import org.conflictledger.integrity.ViewCollection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Parties as tagged items, keyed by their code (case-insensitive): ETag and If-Match on /api/v1/parties/{code}. */
@Component
class PartyTags extends ViewCollection {

    private final PartyService service;

    PartyTags(PartyService service, JdbcClient jdbc, Representations json) {
        super("parties", "party", "code", jdbc, json);
        this.service = service;
    }

    @Override
    public Object key(String segment) {
        String code = segment.trim().toUpperCase(Locale.ROOT);
        return code.isEmpty() ? null : code;
    }

    @Override
    protected Object view(Object key) {
        return service.get((String) key);
    }
}
