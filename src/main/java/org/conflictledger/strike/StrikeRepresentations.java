package org.conflictledger.strike;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.conflictledger.integrity.Representation;
import org.conflictledger.integrity.Representations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * A strike's JSON bytes and ETag as {@code GET /strikes/{id}} answers them, kept under the strike's
 * stamp ({@link StrikeReads}): a read of a kept strike asks the database only for the stamp (one cheap
 * statement that starts after the read began, shared with the reads waiting at the same time:
 * {@link StampChecks}) and answers the kept bytes while it is unchanged; any
 * write to the strike, its claims, their sources, its external ids or any cease-fire changes the
 * stamp, and the strike is read whole again. So the bytes are never stale (coverage is always current)
 * and the tag changes exactly when they do. Reads inside a transaction bypass the cache: what they see
 * may never commit. Bounded by {@code ledger.strikes.read-cache-size}; past it, arbitrary entries go.
 */
@Component
class StrikeRepresentations {

    private record Kept(String stamp, Representation representation) {
        long size() {
            return representation.body().length + stamp.length() * 2L + 128;
        }
    }

    private final StrikeReads reads;
    private final StampChecks stamps;
    private final Representations json;
    private final long capacity;
    private final ConcurrentHashMap<Long, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong size = new AtomicLong();

    StrikeRepresentations(StrikeReads reads, StampChecks stamps, Representations json,
            @Value("${ledger.strikes.read-cache-size:32MB}") DataSize capacity) {
        this.reads = reads;
        this.stamps = stamps;
        this.json = json;
        this.capacity = capacity.toBytes();
    }

    Optional<Representation> find(long id) {
        if (capacity <= 0 || TransactionSynchronizationManager.isActualTransactionActive()) {
            return reads.read(id).map(read -> json.of(read.view()));
        }
        Kept known = kept.get(id);
        if (known != null) {
            Optional<String> stamp = stamps.stamp(id);
            if (stamp.isPresent() && stamp.get().equals(known.stamp())) {
                return Optional.of(known.representation());
            }
        }
        Optional<StrikeReads.Read> read = reads.read(id);
        if (read.isEmpty()) {
            forget(id);
            return Optional.empty();
        }
        Kept fresh = new Kept(read.get().stamp(), json.of(read.get().view()));
        keep(id, fresh);
        return Optional.of(fresh.representation());
    }

    private void keep(long id, Kept fresh) {
        Kept previous = kept.put(id, fresh);
        long now = size.addAndGet(fresh.size() - (previous == null ? 0 : previous.size()));
        if (now > capacity) {
            // hash order is as good as random: drop entries until a tenth of the room is free again
            Iterator<Long> ids = kept.keySet().iterator();
            while (size.get() > capacity * 9 / 10 && ids.hasNext()) {
                forget(ids.next());
            }
        }
    }

    private void forget(long id) {
        Kept gone = kept.remove(id);
        if (gone != null) {
            size.addAndGet(-gone.size());
        }
    }
}
