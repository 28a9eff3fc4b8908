package org.conflictledger.integrity;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link TaggedCollection} whose items are rows of one table, keyed by a numeric {@code id}, and
 * whose GET answers the view {@link #view} returns (serialised as the web layer does). A feature
 * declares one as a small bean naming its path, table and read.
 */
public abstract class ViewCollection implements TaggedCollection {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private final String name;
    private final String lockSql;
    private final String existsSql;
    private final JdbcClient jdbc;
    private final Representations json;

    /** @param keyColumn the key column of {@code table}: {@code id}, or {@code code} for parties */
    protected ViewCollection(String name, String table, String keyColumn, JdbcClient jdbc, Representations json) {
        this.name = name;
        this.lockSql = "select 1 from " + table + " where " + keyColumn + " = ? for update";
        this.existsSql = "select 1 from " + table + " where " + keyColumn + " = ?";
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The item as its GET answers it; throws the feature's 404 when there is none. */
    protected abstract Object view(Object key);

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object key(String segment) {
        return DIGITS.matcher(segment).matches() ? (Object) Long.valueOf(segment) : null;
    }

    @Override
    public boolean lock(Object key) {
        return jdbc.sql(lockSql).param(key).query(Integer.class).optional().isPresent();
    }

    @Override
    public Optional<Representation> current(Object key) {
        // asked first, so that no 404 is thrown through a transactional service (it would doom the transaction)
        if (jdbc.sql(existsSql).param(key).query(Integer.class).optional().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(json.of(view(key)));
    }
}
