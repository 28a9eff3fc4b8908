package org.conflictledger.common;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations run without a statement timeout ({@code spring.flyway.init-sqls}) on connections Flyway borrows
 * from the service's pool. That setting belongs to the session, so it stayed on them: after start-up, the
 * requests served on such a connection ran with no limit at all (found by {@code StatementTimeoutsIT}). Once
 * migrated, the pool's connections are replaced (soft eviction: idle ones closed at once, busy ones when they
 * are returned), and every pooled connection again starts with {@link DatabaseLimits#statementTimeout()}.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnections {

    @Bean
    FlywayMigrationStrategy migrateThenReplaceConnections(DataSource dataSource) {
        return flyway -> {
            flyway.migrate();
            if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        };
    }
}
