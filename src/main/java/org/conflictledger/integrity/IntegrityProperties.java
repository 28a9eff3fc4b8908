package org.conflictledger.integrity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of idempotency keys and conditional requests. */
final class IntegrityProperties {

    private IntegrityProperties() {
    }

    /** @param ttl how long a stored Idempotency-Key outcome is replayed */
    @ConfigurationProperties("ledger.idempotency")
    record Idempotency(@DefaultValue("24h") Duration ttl) {
    }

    /** @param requireIfMatch whether PUT, PATCH and DELETE without If-Match are refused with 428 */
    @ConfigurationProperties("ledger.concurrency")
    record Concurrency(@DefaultValue("false") boolean requireIfMatch) {
    }
}
