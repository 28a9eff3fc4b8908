/**
 * Bulk imports of whole data sets (the Air Force daily figures, UCDP GED, ACLED, the ledger's own CSV):
 * streamed to disk, parsed in the background, written in set-based batches, idempotent by external id.
 */
package org.conflictledger.ingest.imports;
