package org.conflictledger.history;

/** What a change did to its resource; a DELETE is a tombstone without state. */
public enum ChangeOp {
    CREATE, UPDATE, DELETE
}
