package org.conflictledger.ingest.imports;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A running job's counters and the errors not yet stored, or one batch's (added to the job's when the
 * batch commits). A job's counters are changed by one batch writer at a time (they commit in order).
 */
final class ImportCounters {

    long read;
    long created;
    long updated;
    long unchanged;
    long skipped;
    long rejected;
    long errorsOmitted;
    int errorsStored;

    /** Where the job's time goes. */
    final ImportStages stages;

    private final int maxStoredErrors;
    private final List<ImportError> pending = new ArrayList<>();

    ImportCounters(int maxStoredErrors) {
        this(maxStoredErrors, new ImportStages(new SimpleMeterRegistry()));
    }

    ImportCounters(int maxStoredErrors, ImportStages stages) {
        this.maxStoredErrors = maxStoredErrors;
        this.stages = stages;
    }

    void reject(long line, String reason) {
        rejected++;
        error(line, reason);
    }

    void skip(long line, String reason) {
        skipped++;
        error(line, reason);
    }

    private void error(long line, String reason) {
        if (errorsStored < maxStoredErrors) {
            errorsStored++;
            pending.add(new ImportError(line, reason));
        } else {
            errorsOmitted++;
        }
    }

    /**
     * Adds one batch's counts and errors (a batch's own counters, without a limit on stored errors):
     * batches are added in file order, so the stored errors keep that order and the limit applies
     * to the job as a whole.
     */
    void add(ImportCounters batch) {
        read += batch.read;
        created += batch.created;
        updated += batch.updated;
        unchanged += batch.unchanged;
        skipped += batch.skipped;
        rejected += batch.rejected;
        errorsOmitted += batch.errorsOmitted;
        for (ImportError error : batch.pending) {
            error(error.line(), error.reason());
        }
        batch.pending.clear();
    }

    /** The errors recorded since the last call, to be stored with the counters. */
    List<ImportError> drainErrors() {
        List<ImportError> out = List.copyOf(pending);
        pending.clear();
        return out;
    }
}
