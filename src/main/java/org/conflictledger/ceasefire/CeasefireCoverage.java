package org.conflictledger.ceasefire;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.conflictledger.common.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which cease-fires a strike falls under (the rule of DOMAIN.md, in {@link CoverageRule}), and the
 * in-force intervals of cease-fires. Always computed from the cease-fires as they are now: nothing
 * is cached, so a new transition or a changed position shows at once. The cease-fire tables are
 * small, so one SQL statement loads every cease-fire that has ever been in force.
 */
@Service
public class CeasefireCoverage {

    // one statement, so that statuses, dates and positions come from the same snapshot
    private static final String CANDIDATES = """
            select c.id, c.name, c.scope, c.areas,
                   array(select p.party from ceasefire_party p
                         where p.ceasefire_id = c.id and p.position in (:accepting)) as accepting,
                   array(select t.to_status from ceasefire_transition t
                         where t.ceasefire_id = c.id order by t.seq) as statuses,
                   array(select t.at from ceasefire_transition t
                         where t.ceasefire_id = c.id order by t.seq) as ats
            from ceasefire c
            where exists (select 1 from ceasefire_transition t where t.ceasefire_id = c.id and t.to_status = 'IN_FORCE')
            order by c.id
            """;

    private final JdbcClient jdbc;

    CeasefireCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cease-fires the strike falls under, by cease-fire id; empty when none. */
    @Transactional(readOnly = true)
    public List<CoveringCeasefire> covering(StrikeFacts strike) {
        Objects.requireNonNull(strike, "strike");
        return covering(candidates(), strike);
    }

    /**
     * The same for many strikes at once, with one query: every strike's id maps to its list (empty
     * when none). Each strike needs a {@code strikeId}.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<CoveringCeasefire>> covering(Collection<StrikeFacts> strikes) {
        Map<Long, List<CoveringCeasefire>> out = new LinkedHashMap<>();
        if (strikes.isEmpty()) {
            return out;
        }
        for (StrikeFacts strike : strikes) {
            if (strike.strikeId() == null) {
                throw new IllegalArgumentException("every strike of a batch needs a strikeId");
            }
        }
        List<CoverageRule.Terms> candidates = candidates();
        for (StrikeFacts strike : strikes) {
            out.put(strike.strikeId(), covering(candidates, strike));
        }
        return out;
    }

    /**
     * The in-force intervals of one cease-fire, in time order: half-open {@code [from, until)}, the
     * last one open-ended while still in force. 404 when there is no such cease-fire.
     */
    @Transactional(readOnly = true)
    public List<InForceInterval> inForceIntervals(long ceasefireId) {
        List<InForceInterval> intervals = inForceIntervals(List.of(ceasefireId)).get(ceasefireId);
        if (intervals == null) {
            throw ApiException.notFound("ceasefire", ceasefireId);
        }
        return intervals;
    }

    /** The in-force intervals of several cease-fires, by id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, List<InForceInterval>> inForceIntervals(Collection<Long> ceasefireIds) {
        Map<Long, List<CoverageRule.StatusAt>> histories = new LinkedHashMap<>();
        if (ceasefireIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("select ceasefire_id, to_status, at from ceasefire_transition where ceasefire_id in (:ids)"
                        + " order by ceasefire_id, seq")
                .param("ids", Set.copyOf(ceasefireIds))
                .query(rs -> {
                    histories.computeIfAbsent(rs.getLong("ceasefire_id"), id -> new ArrayList<>())
                            .add(new CoverageRule.StatusAt(CeasefireStatus.valueOf(rs.getString("to_status")),
                                    rs.getTimestamp("at").toInstant()));
                });
        Map<Long, List<InForceInterval>> out = new LinkedHashMap<>();
        histories.forEach((id, history) -> out.put(id, CoverageRule.inForce(history)));
        return out;
    }

    /**
     * The cease-fires of one row of a query that joined {@link CoverageSql#coveringLateral}: its
     * {@code covering_ids}, {@code covering_names} and {@code covering_certain} columns.
     */
    public static List<CoveringCeasefire> covering(ResultSet rs) throws SQLException {
        Array ids = rs.getArray("covering_ids");
        if (ids == null) {
            return List.of();
        }
        Object[] idValues = (Object[]) ids.getArray();
        Object[] names = (Object[]) rs.getArray("covering_names").getArray();
        Object[] certain = (Object[]) rs.getArray("covering_certain").getArray();
        List<CoveringCeasefire> out = new ArrayList<>(idValues.length);
        for (int i = 0; i < idValues.length; i++) {
            out.add(new CoveringCeasefire(((Number) idValues[i]).longValue(), (String) names[i],
                    Boolean.TRUE.equals(certain[i]) ? Certainty.CERTAIN : Certainty.POSSIBLE));
        }
        return List.copyOf(out);
    }

    private static List<CoveringCeasefire> covering(List<CoverageRule.Terms> candidates, StrikeFacts strike) {
        List<CoveringCeasefire> out = new ArrayList<>();
        for (CoverageRule.Terms ceasefire : candidates) {
            CoverageRule.covers(ceasefire, strike).ifPresent(certainty ->
                    out.add(new CoveringCeasefire(ceasefire.id(), ceasefire.name(), certainty)));
        }
        return List.copyOf(out);
    }

    private List<CoverageRule.Terms> candidates() {
        List<String> accepting = Arrays.stream(Position.values()).filter(Position::isAccepting).map(Enum::name)
                .toList();
        return jdbc.sql(CANDIDATES).param("accepting", accepting).query((rs, n) -> terms(rs)).list();
    }

    private static CoverageRule.Terms terms(ResultSet rs) throws SQLException {
        String[] statuses = strings(rs.getArray("statuses"));
        Object[] ats = (Object[]) rs.getArray("ats").getArray();
        List<CoverageRule.StatusAt> history = new ArrayList<>(statuses.length);
        for (int i = 0; i < statuses.length; i++) {
            history.add(new CoverageRule.StatusAt(CeasefireStatus.valueOf(statuses[i]), instant(ats[i])));
        }
        return new CoverageRule.Terms(rs.getLong("id"), rs.getString("name"),
                CeasefireScope.valueOf(rs.getString("scope")), List.of(strings(rs.getArray("areas"))),
                Set.of(strings(rs.getArray("accepting"))), CoverageRule.inForce(history));
    }

    private static String[] strings(Array array) throws SQLException {
        if (array == null) {
            return new String[0];
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toArray(String[]::new);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
