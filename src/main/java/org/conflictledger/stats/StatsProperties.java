package org.conflictledger.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rollups   answer statistics from the strike rollups where they are exact; false reads the
 *                  base table every time (slower, same numbers: for diagnosis)
 */
@ConfigurationProperties("ledger.stats")
public record StatsProperties(@DefaultValue("true") boolean rollups) {
}
