/** Duplicate strikes across data sets and sources: candidates found in SQL, merges with an audit trail, undo. */
package org.conflictledger.duplicate;
