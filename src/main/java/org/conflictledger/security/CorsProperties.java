package org.conflictledger.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param allowedOrigins origins of browser dashboards allowed to call the API (empty: none) */
@ConfigurationProperties("ledger.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).toList();
    }
}
