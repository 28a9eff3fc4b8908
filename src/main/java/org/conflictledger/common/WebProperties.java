package org.conflictledger.common;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize the largest request body accepted by default
 * @param bodyLimits larger (or smaller) limits per path prefix, e.g. for imports
 */
@ConfigurationProperties("ledger.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxBodySize, Map<String, DataSize> bodyLimits) {

    public WebProperties {
        bodyLimits = bodyLimits == null ? Map.of() : Map.copyOf(bodyLimits);
    }
}
