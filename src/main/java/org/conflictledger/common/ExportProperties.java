package org.conflictledger.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param fetchSize rows fetched per round trip while an export streams (the JDBC fetch size): memory
 *                  stays bounded by it whatever the number of rows
 */
@ConfigurationProperties("ledger.export")
public record ExportProperties(@DefaultValue("1000") int fetchSize) {

    public ExportProperties {
        if (fetchSize < 1) {
            throw new IllegalArgumentException("ledger.export.fetch-size must be at least 1");
        }
    }
}
