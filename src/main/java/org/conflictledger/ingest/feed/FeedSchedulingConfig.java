package org.conflictledger.ingest.feed;

import java.time.Clock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The feed scheduler ({@link FeedTicker}) and its lock, present unless
 * {@code ledger.feeds.scheduler-enabled=false}. The lock lives in the {@code shedlock} table and uses the
 * database's clock, so instances whose clocks differ still agree on who holds it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.feeds.scheduler-enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
class FeedSchedulingConfig {

    @Bean
    LockProvider feedLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    FeedTicker feedTicker(FeedPoller poller, LockProvider feedLockProvider, MeterRegistry meters, Clock clock) {
        return new FeedTicker(poller, feedLockProvider, meters, clock);
    }
}
