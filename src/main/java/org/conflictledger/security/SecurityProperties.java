package org.conflictledger.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiKeys comma-separated {@code key:ROLE} or {@code key:ROLE:name} entries ({@code LEDGER_API_KEYS})
 * @param openReads whether GET requests need no key
 * @param generatedKeyFile where a generated ADMIN key is written when no key is configured (empty: nowhere)
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(String apiKeys, @DefaultValue("true") boolean openReads, String generatedKeyFile) {
}
