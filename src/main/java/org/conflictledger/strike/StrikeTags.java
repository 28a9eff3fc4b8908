package org.conflictledger.strike;

import java.util.Optional;
import java.util.regex.Pattern;

import org.conflictledger.integrity.Representation;
import org.conflictledger.integrity.TaggedCollection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Strikes as tagged items: the tag of {@code GET /api/v1/strikes/{id}} (claims, their sources and the
 * cease-fires covering it included), compared on every write to the strike or its claims.
 */
@Component
class StrikeTags implements TaggedCollection {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private final StrikeRepresentations representations;
    private final JdbcClient jdbc;

    StrikeTags(StrikeRepresentations representations, JdbcClient jdbc) {
        this.representations = representations;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "strikes";
    }

    @Override
    public Object key(String segment) {
        return DIGITS.matcher(segment).matches() ? (Object) Long.valueOf(segment) : null;
    }

    @Override
    public boolean lock(Object key) {
        return jdbc.sql("select 1 from strike where id = ? for update").param(key).query(Integer.class).optional()
                .isPresent();
    }

    @Override
    public Optional<Representation> current(Object key) {
        return representations.find((Long) key);
    }
}
