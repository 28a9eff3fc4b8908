package org.conflictledger.integrity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of idempotency keys and conditional requests. */
public final class IntegrityProperties {

    private IntegrityProperties() {
    }

    /**
     * @param ttl how long a stored Idempotency-Key outcome is replayed
     * @param selfHandledPaths path prefixes whose endpoints handle the key themselves because their
     *        bodies are streamed, not buffered (bulk imports)
     */
    @ConfigurationProperties("ledger.idempotency")
    public record Idempotency(@DefaultValue("24h") Duration ttl,
            @DefaultValue("/api/v1/imports") java.util.List<String> selfHandledPaths) {
    }

    /** @param requireIfMatch whether PUT, PATCH and DELETE without If-Match are refused with 428 */
    @ConfigurationProperties("ledger.concurrency")
    record Concurrency(@DefaultValue("false") boolean requireIfMatch) {
    }
}
