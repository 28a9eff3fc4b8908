package org.conflictledger.duplicate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.history.ChangeLog;
import org.conflictledger.history.ChangeOp;
import org.conflictledger.history.ChangeResource;
import org.conflictledger.security.Actors;
import org.conflictledger.strike.StrikeService;
import org.conflictledger.strike.StrikeView;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Duplicate candidates and merges. Candidates are found by the database itself (triggers on the
 * strike table call {@code ledger_find_duplicates} for the rows each statement wrote, so API writes
 * and bulk imports alike); this service lists them and carries out the reviewer's decisions: a merge
 * moves the merged strike's claims, external ids and allegations to the survivor, reconciles it again
 * and deletes the merged strike (the statistics triggers then count the event once); an undo puts
 * both strikes back exactly as the merge found them; a dismissal keeps the pair from coming back.
 */
@Service
public class DuplicateService {

    private static final String CANDIDATE_COLUMNS = "d.id, d.status, d.relation, d.whole, d.score, d.parts::text parts,"
            + " d.found_at, d.decided_at, d.decided_by, d.strike_a, d.strike_b,"
            + " (select m.id from strike_merge m where m.candidate_id = d.id and m.undone_at is null) merge_id";

    private final JdbcClient jdbc;
    private final StrikeService strikes;
    private final ChangeLog changeLog;
    private final JsonMapper json;
    private final Clock clock;
    private final DuplicateProperties properties;
    private volatile List<String> strikeColumns;
    private volatile boolean mergesExist;
    private volatile long checkedAt;
    /** Up to this many matches a {@code dataset} filter reads its candidates by their data sets, not down the list. */
    private volatile long fewDatasetCandidates = 20_000;

    DuplicateService(JdbcClient jdbc, StrikeService strikes, ChangeLog changeLog, JsonMapper json, Clock clock,
            DuplicateProperties properties) {
        this.jdbc = jdbc;
        this.strikes = strikes;
        this.changeLog = changeLog;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    /** What the list is filtered by; null means "any". {@code datasets}: one name, or two for pairs across them. */
    public record Filter(DuplicateStatus status, Double minScore, String relation, List<String> datasets,
            Instant from, Instant to, Long strikeId) {
    }

    /** A merge's answer: the merge and the survivor as it is now. */
    public record Merged(MergeView merge, StrikeView strike) {
    }

    /**
     * Candidates, best score first: {@code status} (default OPEN), {@code minScore} (default: the review
     * band's start, {@code ledger.duplicates.review-score}, for OPEN candidates; none for decided ones),
     * {@code relation}, {@code dataset} (pairs where either strike comes from that data set, or with two
     * names pairs across the two), {@code from}/{@code to} on the earlier start of the pair, {@code strike}.
     */
    @Transactional(readOnly = true)
    public PageResponse<DuplicateView> list(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where d.status = :status and d.score >= :minScore");
        Map<String, Object> params = new java.util.HashMap<>();
        DuplicateStatus status = filter.status() == null ? DuplicateStatus.OPEN : filter.status();
        params.put("status", status.name());
        params.put("minScore", filter.minScore() != null ? filter.minScore()
                : status == DuplicateStatus.OPEN ? properties.reviewScore() : 0.0);
        if (filter.relation() != null) {
            where.append(" and d.relation = :relation");
            params.put("relation", filter.relation());
        }
        if (filter.from() != null) {
            where.append(" and d.started_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and d.started_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        if (filter.strikeId() != null) {
            where.append(" and (d.strike_a = :strike or d.strike_b = :strike)");
            params.put("strike", filter.strikeId());
        }
        List<String> datasets = filter.datasets() == null ? List.of() : filter.datasets();
        // the data sets of a candidate's two strikes are kept on it (V116), and in its kept count's key
        StringBuilder byDataset = new StringBuilder();
        if (datasets.size() == 1) {
            byDataset.append(" and (d.datasets_a @> array[cast(:ds1 as text)]"
                    + " or d.datasets_b @> array[cast(:ds1 as text)])");
            params.put("ds1", datasets.get(0));
        } else if (datasets.size() == 2) {
            byDataset.append(" and ((d.datasets_a @> array[cast(:ds1 as text)]"
                    + " and d.datasets_b @> array[cast(:ds2 as text)])"
                    + " or (d.datasets_a @> array[cast(:ds2 as text)]"
                    + " and d.datasets_b @> array[cast(:ds1 as text)]))");
            params.put("ds1", datasets.get(0));
            params.put("ds2", datasets.get(1));
        }
        where.append(byDataset);
        // the total: without a time or strike filter from the kept counts (V113, V116: exact at every
        // commit, a few hundred rows), else counted
        boolean kept = filter.from() == null && filter.to() == null && filter.strikeId() == null;
        long total = kept
                ? jdbc.sql("select coalesce(sum(n), 0) from duplicate_candidate_count d where d.status = :status"
                        + " and d.score >= :minScore" + (filter.relation() == null ? "" : " and d.relation = :relation")
                        + byDataset).params(params).query(Long.class).single()
                : jdbc.sql("select count(*) from duplicate_candidate d" + where).params(params).query(Long.class).single();
        // a data set few candidates have: its candidates through their data sets' index (V119), sorted,
        // rather than a walk down the list skipping every other one; else the list's order itself
        String pageQuery = datasets.isEmpty() || total > fewDatasetCandidates
                ? "select " + CANDIDATE_COLUMNS + " from duplicate_candidate d" + where
                        + " order by d.score desc, d.id limit :limit offset :offset"
                : "with hits as materialized (select d.id, d.score from duplicate_candidate d" + where + ")"
                        + " select " + CANDIDATE_COLUMNS + " from duplicate_candidate d where d.id in (select h.id"
                        + " from hits h order by h.score desc, h.id limit :limit offset :offset)"
                        + " order by d.score desc, d.id";
        List<Row> rows = jdbc.sql(pageQuery).params(params)
                .param("limit", page.size()).param("offset", page.offset()).query(this::row).list();
        return new PageResponse<>(views(rows), page.page(), page.size(), total);
    }

    /** The ids of the OPEN candidates a strike is part of, best first (the review queue offers them). */
    @Transactional(readOnly = true)
    public List<Long> openCandidates(long strikeId) {
        return jdbc.sql("select id from duplicate_candidate where status = 'OPEN' and (strike_a = ? or strike_b = ?)"
                + " order by score desc, id").params(strikeId, strikeId).query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public DuplicateView get(long id) {
        return views(List.of(candidate(id, false))).get(0);
    }

    /** Records "not a duplicate": the pair is never proposed again. Only an OPEN candidate can be dismissed. */
    @Transactional
    public DuplicateView dismiss(long id) {
        Row row = candidate(id, true);
        requireOpen(row);
        jdbc.sql("update duplicate_candidate set status = 'DISMISSED', decided_at = ?, decided_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), Actors.current(), id).update();
        return get(id);
    }

    /**
     * Merges an OPEN DUPLICATE candidate (a PART_OF pair is linked, never merged: 409). The survivor is
     * the strike with more claims (the older on a tie); it takes the other's claims, external ids (those
     * of data sets it has none of) and allegations and is reconciled again; the merged strike is deleted
     * and its id answers 308 to the survivor from then on. The change feed gets an UPDATE of the survivor
     * and a DELETE of the merged strike naming {@code mergedInto}.
     */
    @Transactional
    public Merged merge(long id) {
        return merge(id, Actors.current());
    }

    @Transactional
    Merged merge(long id, String author) {
        Row row = candidate(id, true);
        requireOpen(row);
        if (row.relation().equals("PART_OF")) {
            throw ApiException.conflict("part-of-not-duplicate", "Candidate " + id + " links a located strike to the"
                    + " wave it is part of (strike " + row.whole() + "): granularity is not duplication, so it is not"
                    + " merged.").with("partOf", row.whole());
        }
        List<long[]> claimCounts = jdbc.sql("select s.id, (select count(*) from claim c where c.strike_id = s.id)"
                + " from strike s where s.id in (?, ?) order by s.id for update")
                .params(row.strikeA(), row.strikeB()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (claimCounts.size() != 2) {
            throw ApiException.conflict("strike-gone", "A strike of candidate " + id + " no longer exists.");
        }
        long[] a = claimCounts.get(0);
        long[] b = claimCounts.get(1);
        long survivor = b[1] > a[1] ? b[0] : a[0];
        long merged = survivor == a[0] ? b[0] : a[0];
        Instant now = clock.instant();

        String survivorBefore = state(survivor);
        String mergedBefore = state(merged);
        String mergedExternal = jdbc.sql("select coalesce(jsonb_agg(jsonb_build_object('dataset', dataset,"
                + " 'externalId', external_id) order by dataset), '[]')::text from strike_external_id where strike_id = ?")
                .param(merged).query(String.class).single();
        List<Long> movedClaims = jdbc.sql("update claim set strike_id = ? where strike_id = ? returning id")
                .params(survivor, merged).query(Long.class).list();
        String movedExternal = jdbc.sql("with moved as (update strike_external_id set strike_id = :survivor"
                + " where strike_id = :merged and dataset not in (select dataset from strike_external_id where"
                + " strike_id = :survivor) returning dataset, external_id)"
                + " select coalesce(jsonb_agg(jsonb_build_object('dataset', dataset, 'externalId', external_id)),"
                + " '[]')::text from moved").param("survivor", survivor).param("merged", merged)
                .query(String.class).single();
        List<Long> movedAllegations = jdbc.sql("update ceasefire_allegation set strike_id = ? where strike_id = ?"
                + " returning id").params(survivor, merged).query(Long.class).list();
        List<Long> ceasefires = jdbc.sql("select distinct ceasefire_id from ceasefire_allegation where id = any(?)")
                .param(movedAllegations.toArray(Long[]::new)).query(Long.class).list();

        long mergeId = jdbc.sql("insert into strike_merge (candidate_id, survivor_id, merged_id, score, at, author,"
                + " survivor_before, merged_before, merged_external, moved_claims, moved_external, moved_allegations)"
                + " values (:candidate, :survivor, :merged, :score, :at, :author, cast(:survivorBefore as jsonb),"
                + " cast(:mergedBefore as jsonb), cast(:mergedExternal as jsonb), :movedClaims,"
                + " cast(:movedExternal as jsonb), :movedAllegations) returning id")
                .param("candidate", id).param("survivor", survivor).param("merged", merged)
                .param("score", row.score()).param("at", Timestamp.from(now)).param("author", author)
                .param("survivorBefore", survivorBefore).param("mergedBefore", mergedBefore)
                .param("mergedExternal", mergedExternal).param("movedClaims", movedClaims.toArray(Long[]::new))
                .param("movedExternal", movedExternal).param("movedAllegations", movedAllegations.toArray(Long[]::new))
                .query(Long.class).single();
        jdbc.sql("update duplicate_candidate set status = 'MERGED', decided_at = ?, decided_by = ? where id = ?")
                .params(Timestamp.from(now), author, id).update();
        jdbc.sql("delete from strike where id = ?").param(merged).update();
        mergesExist = true;
        strikes.reconcileAgain(survivor);
        changeLog.record(ChangeResource.STRIKE, List.of(survivor), ChangeOp.UPDATE, author);
        changeLog.record(ChangeResource.STRIKE, List.of(merged), ChangeOp.DELETE, author);
        jdbc.sql("update change_log set merged_into = ? where seq = (select max(seq) from change_log"
                + " where resource = 'strike' and resource_id = ? and op = 'DELETE')").params(survivor, merged).update();
        changeLog.record(ChangeResource.CEASEFIRE, ceasefires, ChangeOp.UPDATE, author);
        return new Merged(mergeView(mergeId), strikes.get(survivor));
    }

    @Transactional(readOnly = true)
    public MergeView getMerge(long mergeId) {
        return mergeView(mergeId);
    }

    /**
     * Undoes a merge: the merged strike comes back with its id, fields, claims, external ids and
     * allegations; the survivor gets back its own fields and figures as they were before the merge (its
     * version moves on, so that an ETag taken after the merge no longer matches); the candidate is OPEN
     * again. The change feed gets an UPDATE of the survivor and a CREATE of the merged strike. A merge
     * whose survivor was merged again later is undone after that later merge (409 until then).
     */
    @Transactional
    public Merged undo(long mergeId) {
        Map<String, Object> merge = jdbc.sql("select id, candidate_id, survivor_id, merged_id, undone_at,"
                + " survivor_before::text survivor_before, merged_before::text merged_before,"
                + " merged_external::text merged_external, moved_external::text moved_external, moved_claims,"
                + " moved_allegations from strike_merge where id = ? for update").param(mergeId).query().listOfRows()
                .stream().findFirst().orElseThrow(() -> ApiException.notFound("merge", mergeId));
        if (merge.get("undone_at") != null) {
            throw ApiException.conflict("merge-undone", "Merge " + mergeId + " was undone already.")
                    .with("mergeId", mergeId);
        }
        long survivor = ((Number) merge.get("survivor_id")).longValue();
        long merged = ((Number) merge.get("merged_id")).longValue();
        Long later = jdbc.sql("select id from strike_merge where merged_id = ? and undone_at is null").param(survivor)
                .query(Long.class).optional().orElse(null);
        if (later != null) {
            throw ApiException.conflict("merge-later", "Strike " + survivor + " was merged again later (merge " + later
                    + "): undo that merge first.").with("mergeId", later);
        }
        if (jdbc.sql("select count(*) from strike where id = ?").param(survivor).query(Long.class).single() == 0) {
            throw ApiException.conflict("strike-gone", "The survivor, strike " + survivor + ", no longer exists.");
        }
        Instant now = clock.instant();
        String author = Actors.current();
        jdbc.sql("select id from strike where id = ? for update").param(survivor).query(Long.class).list();
        // the merged strike back, as it was: every column of its row
        jdbc.sql("insert into strike select * from jsonb_populate_record(null::strike, cast(? as jsonb))")
                .param((String) merge.get("merged_before")).update();
        Long[] claims = array(merge.get("moved_claims"));
        jdbc.sql("update claim set strike_id = ? where id = any(?)").params(merged, claims).update();
        jdbc.sql("delete from strike_external_id x using jsonb_to_recordset(cast(? as jsonb)) m(dataset text,"
                + " \"externalId\" text) where x.strike_id = ? and x.dataset = m.dataset and x.external_id ="
                + " m.\"externalId\"").params((String) merge.get("moved_external"), survivor).update();
        jdbc.sql("insert into strike_external_id (dataset, external_id, strike_id) select m.dataset, m.\"externalId\", ?"
                + " from jsonb_to_recordset(cast(? as jsonb)) m(dataset text, \"externalId\" text)")
                .params(merged, (String) merge.get("merged_external")).update();
        Long[] allegations = array(merge.get("moved_allegations"));
        jdbc.sql("update ceasefire_allegation set strike_id = ? where id = any(?)").params(merged, allegations).update();
        // the survivor's own columns as they were before the merge; its version moves on
        String columns = strikeColumns().stream().filter(c -> !c.equals("id") && !c.equals("version")
                && !c.equals("updated_at")).collect(Collectors.joining(", "));
        jdbc.sql("update strike s set (" + columns + ") = (select " + columns + " from jsonb_populate_record("
                + "null::strike, cast(? as jsonb))), version = s.version + 1, updated_at = ? where s.id = ?")
                .params((String) merge.get("survivor_before"), Timestamp.from(now), survivor).update();
        jdbc.sql("update strike_merge set undone_at = ?, undone_by = ? where id = ?")
                .params(Timestamp.from(now), author, mergeId).update();
        Object candidate = merge.get("candidate_id");
        if (candidate != null) {
            jdbc.sql("update duplicate_candidate set status = 'OPEN', decided_at = null, decided_by = null where id = ?")
                    .param(((Number) candidate).longValue()).update();
        }
        changeLog.record(ChangeResource.STRIKE, List.of(survivor), ChangeOp.UPDATE, author);
        changeLog.record(ChangeResource.STRIKE, List.of(merged), ChangeOp.CREATE, author);
        List<Long> ceasefires = jdbc.sql("select distinct ceasefire_id from ceasefire_allegation where id = any(?)")
                .param(allegations).query(Long.class).list();
        changeLog.record(ChangeResource.CEASEFIRE, ceasefires, ChangeOp.UPDATE, author);
        return new Merged(mergeView(mergeId), strikes.get(survivor));
    }

    /** The strike a merged id now lives on (following later merges), or null when the id was never merged away. */
    @Transactional(readOnly = true)
    public Long mergedInto(long strikeId) {
        Long current = null;
        long id = strikeId;
        for (int hops = 0; hops < 32; hops++) {
            Long next = jdbc.sql("select survivor_id from strike_merge where merged_id = ? and undone_at is null")
                    .param(id).query(Long.class).optional().orElse(null);
            if (next == null) {
                break;
            }
            current = next;
            id = next;
        }
        return current;
    }

    /**
     * Whether any merge may be in force, a cheap test before looking up ids: true once this instance has
     * merged; else asked of the database at most every two seconds (another instance's merge shows within
     * that time).
     */
    public boolean anyMerges() {
        if (mergesExist) {
            return true;
        }
        long now = System.nanoTime();
        if (now - checkedAt > 2_000_000_000L || checkedAt == 0) {
            mergesExist = jdbc.sql("select exists (select 1 from strike_merge where undone_at is null)")
                    .query(Boolean.class).single();
            checkedAt = now == 0 ? 1 : now;
        }
        return mergesExist;
    }

    private static Long[] array(Object sqlArray) {
        try {
            Object values = ((java.sql.Array) sqlArray).getArray();
            return Arrays.stream((Object[]) values).map(v -> ((Number) v).longValue()).toArray(Long[]::new);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> strikeColumns() {
        List<String> columns = strikeColumns;
        if (columns == null) {
            columns = jdbc.sql("select column_name from information_schema.columns where table_schema ="
                    + " current_schema() and table_name = 'strike' order by ordinal_position").query(String.class).list();
            strikeColumns = columns;
        }
        return columns;
    }

    private String state(long strikeId) {
        return jdbc.sql("select to_jsonb(s)::text from strike s where s.id = ?").param(strikeId).query(String.class)
                .single();
    }

    private void requireOpen(Row row) {
        if (!row.status().equals("OPEN")) {
            throw new ApiException(HttpStatus.CONFLICT, "candidate-decided", "Candidate already decided",
                    "Candidate " + row.id() + " is " + row.status() + "; only an OPEN candidate can be merged or"
                            + " dismissed.").with("candidateStatus", row.status());
        }
    }

    private MergeView mergeView(long mergeId) {
        return jdbc.sql("select id, candidate_id, survivor_id, merged_id, score, at, author, undone_at, undone_by"
                + " from strike_merge where id = ?").param(mergeId)
                .query((rs, n) -> new MergeView(rs.getLong("id"), (Long) rs.getObject("candidate_id", Long.class),
                        rs.getLong("survivor_id"), rs.getLong("merged_id"),
                        rs.getBigDecimal("score") == null ? null : rs.getBigDecimal("score").doubleValue(),
                        rs.getTimestamp("at").toInstant(), rs.getString("author"), instant(rs, "undone_at"),
                        rs.getString("undone_by")))
                .optional().orElseThrow(() -> ApiException.notFound("merge", mergeId));
    }

    private record Row(long id, String status, String relation, Long whole, double score, String parts,
            Instant foundAt, Instant decidedAt, String decidedBy, long strikeA, long strikeB, Long mergeId) {
    }

    private Row candidate(long id, boolean lock) {
        return jdbc.sql("select " + CANDIDATE_COLUMNS + " from duplicate_candidate d where d.id = ?"
                + (lock ? " for update" : "")).param(id).query(this::row).optional()
                .orElseThrow(() -> ApiException.notFound("duplicate", id));
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("status"), rs.getString("relation"),
                rs.getObject("whole", Long.class), rs.getBigDecimal("score").doubleValue(), rs.getString("parts"),
                rs.getTimestamp("found_at").toInstant(), instant(rs, "decided_at"), rs.getString("decided_by"),
                rs.getLong("strike_a"), rs.getLong("strike_b"), rs.getObject("merge_id", Long.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private List<DuplicateView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> {
            ids.add(r.strikeA());
            ids.add(r.strikeB());
        });
        Map<Long, DuplicateView.StrikeBrief> briefs = jdbc.sql("select s.id, s.attacker, s.target, s.started_at,"
                + " s.ended_at, s.time_precision, s.place, s.region, s.country, s.geo_precision, s.weapon_category,"
                + " s.launched_best, s.killed_best, (select count(*) from claim c where c.strike_id = s.id) claims,"
                + " array(select x.dataset from strike_external_id x where x.strike_id = s.id order by x.dataset)"
                + " datasets from strike s where s.id = any(?)").param(ids.toArray(Long[]::new))
                .query((rs, n) -> new DuplicateView.StrikeBrief(rs.getLong("id"), rs.getString("attacker"),
                        rs.getString("target"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("ended_at").toInstant(), rs.getString("time_precision"), rs.getString("place"),
                        rs.getString("region"), rs.getString("country"), rs.getString("geo_precision"),
                        rs.getString("weapon_category"), rs.getObject("launched_best", Integer.class),
                        rs.getObject("killed_best", Integer.class), rs.getInt("claims"),
                        List.of((String[]) rs.getArray("datasets").getArray())))
                .list().stream().collect(Collectors.toMap(DuplicateView.StrikeBrief::id, b -> b));
        List<DuplicateView> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<DuplicateView.StrikeBrief> pair = new ArrayList<>(2);
            for (long sid : new long[] {r.strikeA(), r.strikeB()}) {
                DuplicateView.StrikeBrief brief = briefs.get(sid);
                // a strike merged away is gone from the table: its id stands alone
                pair.add(brief != null ? brief : new DuplicateView.StrikeBrief(sid, null, null, null, null, null, null,
                        null, null, null, null, null, null, 0, List.of()));
            }
            JsonNode parts = json.readTree(r.parts());
            out.add(new DuplicateView(r.id(), DuplicateStatus.valueOf(r.status()), r.relation(), r.whole(), r.score(),
                    pair, parts, r.foundAt(), r.decidedAt(), r.decidedBy(), r.mergeId()));
        }
        return out;
    }

    DuplicateProperties properties() {
        return properties;
    }

    /** Tests read the page both ways: the matches up to which a dataset filter reads by the data sets' index. */
    long fewDatasetCandidates(long matches) {
        long before = fewDatasetCandidates;
        fewDatasetCandidates = matches;
        return before;
    }
}
