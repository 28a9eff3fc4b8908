package org.conflictledger.ingest.imports;

import java.util.ArrayList;
import java.util.List;

/** A running job's counters and the errors not yet stored; owned by the job's thread. */
final class ImportCounters {

    long read;
    long created;
    long updated;
    long unchanged;
    long skipped;
    long rejected;
    long errorsOmitted;
    int errorsStored;

    private final int maxStoredErrors;
    private final List<ImportError> pending = new ArrayList<>();

    ImportCounters(int maxStoredErrors) {
        this.maxStoredErrors = maxStoredErrors;
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

    /** The errors recorded since the last call, to be stored with the counters. */
    List<ImportError> drainErrors() {
        List<ImportError> out = List.copyOf(pending);
        pending.clear();
        return out;
    }
}
