package org.conflictledger.history;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.conflictledger.common.ApiException;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.security.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way changes are recorded, for single writes and bulk imports alike. Each call runs the SQL
 * function {@code ledger_record_changes(resource, ids, op, author)}, which builds the state of every
 * named row from the tables as they are now in the current transaction, in one set-based statement,
 * and appends one change per row. Call it in the transaction that wrote the rows, after writing them
 * (for deletions, before or after), so that the change commits or rolls back with the write.
 *
 * <p>Recording takes no lock that writers share: a change gets its feed cursor after it commits, from
 * the sequencer ({@code ledger_sequence_changes}, V51), which numbers committed changes in commit
 * order; the feed and the revisions run it before they read, and {@link ChangeSequencer} in the
 * background. A reader that follows the cursors never misses or doubles a change.
 */
@Service
public class ChangeLog {

    private final JdbcClient jdbc;

    /** At most this many changes get their cursors in one run of the sequencer. */
    static final int SEQUENCE_LIMIT = 1_000_000;

    private final TransactionTemplate separate;

    @PersistenceContext
    private EntityManager entityManager;

    ChangeLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Gives every committed change without a cursor its cursor, in commit order, in a transaction of
     * its own (one sequencer at a time; writers never wait for it). Returns how many.
     */
    public int sequence() {
        Integer numbered = separate.execute(status -> jdbc.sql("select ledger_sequence_changes(:limit)")
                .param("limit", SEQUENCE_LIMIT).query(Integer.class).single());
        return numbered == null ? 0 : numbered;
    }

    /**
     * Records one change per id whose whole state is materialised lazily: from the row itself while
     * nothing has changed it since, and (by triggers, V51) from the row as it was just before its first
     * later change. For strikes a bulk import created: it costs one narrow row per strike instead of a
     * JSON document. The rows must exist; {@code version} is the version they have now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordLazily(ChangeResource resource, Collection<Long> ids, ChangeOp op, long version, String author) {
        if (resource != ChangeResource.STRIKE || op == ChangeOp.DELETE) {
            throw new IllegalArgumentException("only strike creations and updates are recorded lazily");
        }
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("insert into change_log (resource, resource_id, op, author, version)"
                        + " select 'strike', i, :op, :author, :version from unnest(:ids) i order by i")
                .param("op", op.name()).param("author", author == null || author.isBlank() ? Actors.SYSTEM : author)
                .param("version", version).param("ids", ids.toArray(Long[]::new)).update();
    }

    /**
     * Before a bulk writer that runs with {@code ledger.bulk = on} (no per-row triggers) changes these
     * strikes, fixes the state of their lazily recorded revisions, set-based.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void materialiseStrikes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("insert into change_log_state (seq, state) select c.seq, st.state from change_log c"
                        + " join ledger_strike_state(:ids) st on st.id = c.resource_id"
                        + " where c.resource_id = any (:ids) and c.state is null and c.op <> 'DELETE'"
                        + " and c.resource = 'strike'"
                        + " and not exists (select 1 from change_log_state m where m.seq = c.seq)"
                        + " on conflict do nothing")
                .param("ids", ids.toArray(Long[]::new)).update();
    }

    /** Records one change of one row, authored by the caller's API key name ("system" without one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int record(ChangeResource resource, long id, ChangeOp op) {
        return record(resource, List.of(id), op);
    }

    /**
     * Records one change per id in a single statement (thousands of ids are fine), authored by the
     * caller's API key name. Pending JPA changes are flushed first, so the recorded state is the one
     * this transaction wrote. Returns the number of changes recorded (ids naming no row are skipped,
     * except for DELETE).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int record(ChangeResource resource, Collection<Long> ids, ChangeOp op) {
        return record(resource, ids, op, Actors.current());
    }

    /** As {@link #record(ChangeResource, Collection, ChangeOp)} with an explicit author (a scheduler, an import). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int record(ChangeResource resource, Collection<Long> ids, ChangeOp op, String author) {
        if (ids.isEmpty()) {
            return 0;
        }
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
        return jdbc.sql("select ledger_record_changes(:resource, :ids, :op, :author)")
                .param("resource", resource.key())
                .param("ids", ids.toArray(Long[]::new))
                .param("op", op.name())
                .param("author", author == null || author.isBlank() ? Actors.SYSTEM : author)
                .query(Integer.class).single();
    }

    /** The recorded changes of one resource, oldest first; 404 when it never existed. */
    public PageResponse<Revision> revisions(ChangeResource resource, long id, PageQuery page) {
        sequence();
        return separate.execute(status -> readRevisions(resource, id, page));
    }

    private PageResponse<Revision> readRevisions(ChangeResource resource, long id, PageQuery page) {
        long total = jdbc.sql("select count(*) from change_log where resource = ? and resource_id = ?")
                .params(resource.key(), id).query(Long.class).single();
        if (total == 0) {
            throw ApiException.notFound(resource.key(), id);
        }
        // a lazily recorded revision: its materialised state, else the row's (nothing has changed it since)
        List<Revision> items = jdbc.sql("select c.pos as seq, c.at, c.author, c.op, c.version, coalesce(c.state, m.state,"
                        + " case when c.op <> 'DELETE' and c.resource = 'strike' then (select st.state"
                        + " from ledger_strike_state(array[c.resource_id]) st) end)::text as state"
                        + " from change_log c left join change_log_state m on m.seq = c.seq"
                        + " where c.resource = :resource and c.resource_id = :id order by c.seq limit :limit offset :offset")
                .param("resource", resource.key()).param("id", id)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Revision(rs.getLong("seq"), Times.instant(rs, "at"), rs.getString("author"),
                        ChangeOp.valueOf(rs.getString("op")), (Long) rs.getObject("version"),
                        rs.getString("state")))
                .list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /**
     * Changes after {@code since} (exclusive; null: from the start), oldest first, at most
     * {@code size}; optionally of one resource only. {@code nextCursor} is set when more follow.
     */
    public ChangePage changes(Long since, ChangeResource resource, int size) {
        sequence();
        List<Change> rows = jdbc.sql("select pos as seq, at, resource, resource_id, op, author, version, merged_into"
                        + " from change_log where pos > :since" + (resource == null ? "" : " and resource = :resource")
                        + " order by pos limit :limit")
                .param("since", since == null ? 0L : since)
                .param("resource", resource == null ? "" : resource.key())
                .param("limit", size + 1)
                .query((rs, n) -> new Change(rs.getLong("seq"), Times.instant(rs, "at"), rs.getString("resource"),
                        rs.getLong("resource_id"), ChangeOp.valueOf(rs.getString("op")), rs.getString("author"),
                        (Long) rs.getObject("version"), (Long) rs.getObject("merged_into")))
                .list();
        if (rows.size() > size) {
            List<Change> page = rows.subList(0, size);
            return new ChangePage(List.copyOf(page), page.get(size - 1).cursor());
        }
        return new ChangePage(rows, null);
    }
}
