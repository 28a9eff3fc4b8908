package org.conflictledger.common;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time limits on database work. {@code statementTimeout} bounds every statement of an API request
 * (PostgreSQL cancels it; the client gets a 503 problem) and is applied to each pooled connection by
 * {@code spring.datasource.hikari.data-source-properties.options}; {@code longStatementTimeout} is
 * what streamed exports and imports get through {@link StatementTimeouts#allowLongStatements()}.
 */
@ConfigurationProperties("ledger.db.limits")
public record DatabaseLimits(@DefaultValue("10s") Duration statementTimeout,
        @DefaultValue("10m") Duration longStatementTimeout) {
}
