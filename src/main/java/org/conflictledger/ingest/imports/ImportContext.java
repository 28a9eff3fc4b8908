package org.conflictledger.ingest.imports;

import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * What a format's mapper needs besides the record: the id of the data set's source (found or
 * created when the job starts), which party codes exist, the zone of the data set's local times, and
 * the parties of the data set's actors (null where a format names parties by code only).
 */
record ImportContext(long sourceId, Predicate<String> partyExists, ZoneId zone, ActorParties actors) {

    ImportContext(long sourceId, Predicate<String> partyExists, ZoneId zone) {
        this(sourceId, partyExists, zone, null);
    }

    /** The party code, or a skip naming the column when the ledger has no such party. */
    String party(String column, String code) {
        if (!partyExists.test(code)) {
            throw RowProblem.skip(column + ": party " + code + " does not exist in the ledger (create it first)");
        }
        return code;
    }
}
