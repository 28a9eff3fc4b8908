package org.conflictledger.duplicate;

/** Where a candidate pair stands: waiting for review, merged into one strike, or recorded as not a duplicate. */
public enum DuplicateStatus {
    OPEN, MERGED, DISMISSED
}
