package org.conflictledger.ingest.imports;

/**
 * Turns the records of one format into {@link ImportRow}s. {@link #header} sees line 1 first (a
 * {@link Header.HeaderProblem} fails the job); {@link #map} then sees each data record and returns
 * its row or throws a {@link RowProblem} (rejected or skipped, with the reason).
 */
interface ImportMapper {

    void header(Header header);

    ImportRow map(long line, String[] record);
}
