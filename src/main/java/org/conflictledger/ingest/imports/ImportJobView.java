package org.conflictledger.ingest.imports;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * An import job as the API shows it; the POST's answer and {@code GET /imports/{id}} share it.
 * {@code read} counts data rows read; each one ends up {@code created}, {@code updated},
 * {@code unchanged}, {@code skipped} (well-formed, but not something the format turns into a strike)
 * or {@code rejected} (malformed). {@code errors} lists the first rejected and skipped rows with their
 * line numbers; {@code errorsOmitted} counts the ones beyond that. {@code failure} says why a FAILED
 * job stopped. Lists leave {@code errors} out.
 */
public record ImportJobView(long id, ImportFormat format, ImportStatus status, long read, long created, long updated,
        long unchanged, long skipped, long rejected,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ImportError> errors, long errorsOmitted,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String failure, long bytes, String author,
        Instant submittedAt, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant startedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant finishedAt) {
}
