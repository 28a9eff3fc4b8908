package org.conflictledger.ingest.imports;

/**
 * Why one row does not become a strike: {@link #reject} for a malformed row, {@link #skip} for a
 * well-formed row that the format does not turn into a strike. Thrown by the formats' mappers and
 * counted by the job; rare, so an exception (without a stack trace) is cheap enough.
 */
final class RowProblem extends RuntimeException {

    private final boolean skipped;

    private RowProblem(String reason, boolean skipped) {
        super(reason, null, false, false);
        this.skipped = skipped;
    }

    static RowProblem reject(String reason) {
        return new RowProblem(reason, false);
    }

    static RowProblem skip(String reason) {
        return new RowProblem(reason, true);
    }

    boolean skipped() {
        return skipped;
    }
}
