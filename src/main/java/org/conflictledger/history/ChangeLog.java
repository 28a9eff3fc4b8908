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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way changes are recorded, for single writes and bulk imports alike. Each call runs the SQL
 * function {@code ledger_record_changes(resource, ids, op, author)}, which builds the state of every
 * named row from the tables as they are now in the current transaction, in one set-based statement,
 * and appends one change per row. Call it in the transaction that wrote the rows, after writing them
 * (for deletions, before or after), so that the change commits or rolls back with the write.
 *
 * <p>Cursors are handed out in commit order (the function takes a transaction-level advisory lock),
 * so the change feed never skips a change that commits late. Keep the time between recording and
 * commit short: concurrent writers queue on that lock.
 */
@Service
public class ChangeLog {

    private final JdbcClient jdbc;

    @PersistenceContext
    private EntityManager entityManager;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
    @Transactional(readOnly = true)
    public PageResponse<Revision> revisions(ChangeResource resource, long id, PageQuery page) {
        long total = jdbc.sql("select count(*) from change_log where resource = ? and resource_id = ?")
                .params(resource.key(), id).query(Long.class).single();
        if (total == 0) {
            throw ApiException.notFound(resource.key(), id);
        }
        List<Revision> items = jdbc.sql("select seq, at, author, op, version, state::text as state from change_log"
                        + " where resource = :resource and resource_id = :id order by seq limit :limit offset :offset")
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
    @Transactional(readOnly = true)
    public ChangePage changes(Long since, ChangeResource resource, int size) {
        List<Change> rows = jdbc.sql("select seq, at, resource, resource_id, op, author, version, merged_into from change_log"
                        + " where seq > :since" + (resource == null ? "" : " and resource = :resource")
                        + " order by seq limit :limit")
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
