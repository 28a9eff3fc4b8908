package org.conflictledger.ingest.imports;

/** QUEUED (on disk, waiting), RUNNING, DONE (every row accounted for) or FAILED (with a reason). */
public enum ImportStatus {
    QUEUED, RUNNING, DONE, FAILED
}
