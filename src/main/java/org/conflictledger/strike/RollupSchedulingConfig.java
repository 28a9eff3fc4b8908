package org.conflictledger.strike;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling for {@link StrikeRollupRefresher}'s tick, whether or not the feed scheduler is on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RollupSchedulingConfig {
}
