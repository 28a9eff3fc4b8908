package org.conflictledger.strike;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.conflictledger.common.StreamedExport;
import org.conflictledger.common.Times;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Answers read from the strike rollups (statistics, a list's total), kept while they cannot have
 * changed. Each is stamped with the rollups' generation ({@code strike_rollup_generation}: moved by
 * every statement that changes {@code strike_rollup}) and kept only if no day of its range was dirty.
 * Rollup rows change only with the generation, and a change to a strike leaves its day dirty until a
 * fold moves the generation; so an answer kept at generation g is the answer of every snapshot that
 * sees g and no dirty day in the range — served again, it is exactly what a fresh read would give.
 * <p>
 * The stamp is read before and after the answer (they may be different snapshots: the answer is kept
 * only if both show the same generation and a clean range, so nothing changed in between). Least
 * recently used answers go first beyond {@code ledger.rollups.answer-cache} bytes (0: off); an answer
 * larger than a quarter of that is streamed and not kept.
 */
@Component
public class RollupAnswers {

    /** The rollups' generation, and whether no day that can hold a strike of the range is dirty. */
    record Stamp(long generation, boolean clean) {
    }

    private record Kept(long generation, Object value, long weight) {
    }

    private static final long COUNT_WEIGHT = 64;

    // the stamp's statement for an open or bounded start and end ([none, from, to, both]), the bounds bound as
    // microseconds since the epoch (no calendar work in the driver on every read)
    private static final String[] STAMP_SQL = stampStatements();

    private final JdbcClient jdbc;
    private final long capacity;
    private final Map<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    RollupAnswers(JdbcClient jdbc, @Value("${ledger.rollups.answer-cache:16MB}") DataSize capacity) {
        this.jdbc = jdbc;
        this.capacity = capacity.toBytes();
    }

    /** The total that {@code compute} counts from the rollups for the range {@code [from, to)} (null: open). */
    public long count(String key, Instant from, Instant to, LongSupplier compute) {
        if (capacity == 0) {
            return compute.getAsLong();
        }
        Stamp before = stamp(from, to);
        Object hit = get(key, before);
        if (hit != null) {
            return (Long) hit;
        }
        long value = compute.getAsLong();
        keepIfUnchanged(key, before, from, to, value, COUNT_WEIGHT);
        return value;
    }

    /**
     * Writes what {@code compute} streams from the rollups for the range {@code [from, to)} to {@code out},
     * or the same bytes kept from an earlier request.
     */
    public void write(String key, Instant from, Instant to, OutputStream out, StreamedExport compute)
            throws IOException {
        if (capacity == 0) {
            compute.writeTo(out);
            return;
        }
        Stamp before = stamp(from, to);
        Object hit = get(key, before);
        if (hit != null) {
            out.write((byte[]) hit);
            return;
        }
        Copy copy = new Copy(out, capacity / 4);
        compute.writeTo(copy);
        if (copy.kept != null) {
            keepIfUnchanged(key, before, from, to, copy.kept.toByteArray(), copy.kept.size());
        }
    }

    /**
     * The columns {@code generation} and {@code clean} of a stamp, for a caller's own statement that reads
     * {@code strike_rollup_generation g} beside what else its answer depends on: {@code clean} tells that no
     * day that can hold a strike starting before {@code toSql} (an SQL expression) is dirty.
     */
    public static String stampColumns(String toSql) {
        return columns(null, toSql);
    }

    // the generation, and whether no dirty day can hold a strike that starts in [fromSql, toSql) (null: open)
    private static String columns(String fromSql, String toSql) {
        StringBuilder dirty = new StringBuilder("select 1 from strike_rollup_dirty d where true");
        if (fromSql != null) {
            // the dirty day d holds strikes that start in [d, d + 1 day)
            dirty.append(" and d.day > ").append(fromSql).append(" - interval '1 day'");
        }
        if (toSql != null) {
            dirty.append(" and d.day < ").append(toSql);
        }
        return "g.n as generation, not exists (" + dirty + ") as clean";
    }

    /**
     * A stamp the caller read in one statement (see {@link #stampColumns}): the rollups' generation, whether
     * the strikes its answer reads are clean, and a version of the other rows it reads (null: not to be kept).
     */
    public record Versioned(long generation, boolean clean, String version) {
    }

    /**
     * The bytes {@code compute} builds from strikes that {@code stamp} covers and from the rows whose
     * version it reads, or the same bytes kept from an earlier request. A write to a strike marks its day
     * dirty and a fold moves the generation, so the strikes are covered as the rollups are; the version
     * covers the rest. The stamp is read again after {@code compute}: the bytes are kept only if nothing moved.
     * A hit costs the one statement of the stamp.
     */
    public byte[] bytes(String key, Supplier<Versioned> stamp, Supplier<byte[]> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        Versioned before = stamp.get();
        if (before.version() == null) {
            return compute.get();
        }
        String versioned = key + " " + before.version();
        Object hit = get(versioned, new Stamp(before.generation(), before.clean()));
        if (hit != null) {
            return (byte[]) hit;
        }
        byte[] value = compute.get();
        if (before.clean() && value.length <= capacity / 4 && before.equals(stamp.get())) {
            put(versioned, new Kept(before.generation(), value, value.length));
        }
        return value;
    }

    Stamp stamp(Instant from, Instant to) {
        JdbcClient.StatementSpec statement = jdbc.sql(STAMP_SQL[(from == null ? 0 : 1) + (to == null ? 0 : 2)]);
        if (from != null) {
            statement = statement.param(Times.epochMicros(from));
        }
        if (to != null) {
            statement = statement.param(Times.epochMicros(to));
        }
        return statement.query((rs, n) -> new Stamp(rs.getLong(1), rs.getBoolean(2))).single();
    }

    private static String[] stampStatements() {
        String at = "(timestamptz 'epoch' + ? * interval '1 microsecond')";
        String[] statements = new String[4];
        for (int i = 0; i < 4; i++) {
            statements[i] = "select " + columns((i & 1) == 0 ? null : at, (i & 2) == 0 ? null : at)
                    + " from strike_rollup_generation g";
        }
        return statements;
    }

    private synchronized Object get(String key, Stamp stamp) {
        Kept found = kept.get(key);
        if (found == null || !stamp.clean()) {
            return null;
        }
        if (found.generation() != stamp.generation()) {
            kept.remove(key);
            size -= found.weight();
            return null;
        }
        return found.value();
    }

    private void keepIfUnchanged(String key, Stamp before, Instant from, Instant to, Object value, long weight) {
        if (!before.clean()) {
            return;
        }
        Stamp after = stamp(from, to);
        if (after.clean() && after.generation() == before.generation()) {
            put(key, new Kept(after.generation(), value, weight));
        }
    }

    private synchronized void put(String key, Kept answer) {
        Kept previous = kept.put(key, answer);
        size += answer.weight() - (previous == null ? 0 : previous.weight());
        Iterator<Kept> oldest = kept.values().iterator();
        while (size > capacity && oldest.hasNext()) {
            size -= oldest.next().weight();
            oldest.remove();
        }
    }

    /** Passes every byte on, and keeps a copy while it stays within {@code limit}. */
    private static final class Copy extends OutputStream {

        private final OutputStream out;
        private final long limit;
        private ByteArrayOutputStream kept = new ByteArrayOutputStream();

        Copy(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (kept != null) {
                kept.write(b);
                drop();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            if (kept != null) {
                kept.write(b, off, len);
                drop();
            }
        }

        private void drop() {
            if (kept.size() > limit) {
                kept = null;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            // the caller closes the response's stream
            flush();
        }
    }
}
