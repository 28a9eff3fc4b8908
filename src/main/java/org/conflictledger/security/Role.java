package org.conflictledger.security;

/** What a key may do; each role includes the ones before it. */
public enum Role {
    /** Reads, where reads require a key. */
    READER,
    /** Creates and changes records, runs imports, reviews candidates. */
    ANALYST,
    /** Also deletes, manages parties and feeds, reads metrics. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
