package org.conflictledger.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param rollups   answer statistics from the strike rollups where they are exact; false reads the
 *                  base table every time (slower, same numbers: for diagnosis)
 * @param cacheSize memory for finished answers, each served only while the strike data is unchanged
 *                  (0 turns the cache off)
 */
@ConfigurationProperties("ledger.stats")
public record StatsProperties(@DefaultValue("true") boolean rollups, @DefaultValue("32MB") DataSize cacheSize) {
}
