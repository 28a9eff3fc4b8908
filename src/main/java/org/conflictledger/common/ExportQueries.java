package org.conflictledger.common;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the rows of a query to a callback in constant memory: PostgreSQL's JDBC driver fetches
 * {@code ledger.export.fetch-size} rows at a time only with a fetch size and inside a transaction,
 * so every export runs in a read-only one and hands each row on before the next is read. An export
 * of a million rows is long by nature: it gets the long statement timeout, not the API's.
 */
@Component
public class ExportQueries {

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final StatementTimeouts timeouts;

    ExportQueries(DataSource dataSource, PlatformTransactionManager transactions, ExportProperties properties,
            StatementTimeouts timeouts) {
        this.timeouts = timeouts;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(properties.fetchSize());
        this.jdbc = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Runs {@code sql} with named {@code params}, handing every row to {@code rows} as it arrives. */
    public void stream(String sql, Map<String, ?> params, RowCallbackHandler rows) {
        readOnly.executeWithoutResult(status -> {
            timeouts.allowLongStatements();
            jdbc.sql(sql).params(params).query(rows);
        });
    }
}
