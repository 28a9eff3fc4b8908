package org.conflictledger.ingest.imports;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of bulk imports ({@code ledger.imports.*}). The body size limit of the import endpoint
 * is {@code ledger.web.body-limits[/api/v1/imports]}.
 *
 * @param spoolDir where uploaded files wait for their job (empty: {@code <java.io.tmpdir>/ledger-imports})
 * @param batchSize rows written per set-based batch (one transaction each); the first batches are smaller
 * @param writers batches written at once, each on a connection of its own (1: one after the other)
 * @param maxStoredErrors how many rejected or skipped rows a job lists with line and reason; the rest are counted
 * @param maxRecordSize the longest record a CSV may have; longer means an unclosed quote or not CSV
 * @param zone the time zone of local dates and times in the data sets (the Air Force reports Kyiv time)
 * @param heartbeat how often an instance marks the jobs it queues or runs as alive
 * @param staleAfter how old a QUEUED or RUNNING job's heartbeat may be before the job counts as left by a
 *        stopped instance and fails (several heartbeats, so that a busy instance is not taken for dead)
 */
@ConfigurationProperties("ledger.imports")
public record ImportProperties(
        @DefaultValue("") String spoolDir,
        @DefaultValue("25000") int batchSize,
        @DefaultValue("2") int writers,
        @DefaultValue("1000") int maxStoredErrors,
        @DefaultValue("1MB") DataSize maxRecordSize,
        @DefaultValue("Europe/Kyiv") ZoneId zone,
        @DefaultValue("30s") java.time.Duration heartbeat,
        @DefaultValue("2m") java.time.Duration staleAfter) {

    public ImportProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("ledger.imports.batch-size must be at least 1");
        }
        if (writers < 1) {
            throw new IllegalArgumentException("ledger.imports.writers must be at least 1");
        }
        if (staleAfter.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("ledger.imports.stale-after must be at least twice ledger.imports.heartbeat");
        }
    }

    Path spoolPath() {
        return spoolDir == null || spoolDir.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "ledger-imports")
                : Path.of(spoolDir);
    }
}
