package org.conflictledger.stats;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.ceasefire.CeasefireService;
import org.conflictledger.ceasefire.CeasefireView;
import org.conflictledger.ceasefire.Certainty;
import org.conflictledger.ceasefire.CoverageSql;
import org.conflictledger.ceasefire.InForceInterval;
import org.conflictledger.ceasefire.PartyPositionView;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.stats.ComplianceReport.Counts;
import org.conflictledger.stats.ComplianceReport.Day;
import org.conflictledger.stats.ComplianceReport.Series;
import org.conflictledger.strike.RollupAnswers;
import org.conflictledger.strike.TargetCategory;
import org.conflictledger.strike.WeaponCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compliance reports of cease-fires. Coverage is the cease-fire feature's rule in its SQL form
 * ({@link CoverageSql}, proven equal to the rule by CoverageSqlIT), evaluated over the strike table
 * as it is now: a report is always current. SQL through JdbcClient, because it aggregates thousands
 * of strikes that JPA would load one by one. The report of a cease-fire whose last interval in force
 * has ended is kept ({@link RollupAnswers}) while no strike that could be in it and no row of the
 * cease-fire has changed.
 */
@Service
public class ComplianceService {

    private final CeasefireService ceasefires;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private final RollupAnswers answers;
    private final TransactionTemplate readOnly;

    ComplianceService(CeasefireService ceasefires, JdbcClient jdbc, Clock clock, JsonMapper json,
            RollupAnswers answers, PlatformTransactionManager transactions) {
        this.ceasefires = ceasefires;
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.answers = answers;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The report as JSON. While a cease-fire is in force (or never was) its report moves with the clock and is
     * computed afresh; once its last interval has ended it depends only on the strikes that start before that
     * end and on the cease-fire's own rows, and is kept under their versions (no lock writers share).
     */
    public byte[] reportJson(long id, ZoneId zone, PageQuery page) {
        String key = "compliance " + id + " " + zone.getId() + " " + page.page() + " " + page.size();
        // a kept report costs the stamp's one statement, outside any transaction; a fresh one is read in one
        return answers.bytes(key, () -> stamp(id),
                () -> readOnly.execute(status -> json.writeValueAsBytes(report(id, zone, page))));
    }

    /**
     * The stamp of a report, in one statement: the rollups' generation, whether a strike that starts before
     * the end of the cease-fire's last interval in force may have changed (a dirty day before it), and the
     * version of the cease-fire's rows. The cease-fires, their parties and histories (hence their intervals
     * in force) are versioned by {@code ceasefire_coverage_version}, which every statement writing them moves
     * in its transaction (V60); allegations, which it does not cover, by their ids and the transactions that
     * wrote them, so that a write, even one that restores earlier values, gives a new version. No version
     * (not kept) while an interval is open, when it never was in force, or when there is no such cease-fire.
     */
    private static final String STAMP = "select " + RollupAnswers.stampColumns("v.until_at")
            + ", case when v.until_at is not null then cv.version || ' ' || coalesce(v.allegations, '') end as version"
            + " from strike_rollup_generation g cross join ceasefire_coverage_version cv left join (select f.until_at,"
            + " (select string_agg(a.id || ':' || a.xmin, ',' order by a.id) from ceasefire_allegation a"
            + " where a.ceasefire_id = c.id) as allegations from ceasefire c"
            // the end of the last interval in force (null while one is open)
            + " cross join lateral (select case when bool_or(i.until_at is null) then null else max(i.until_at) end"
            + " as until_at from ceasefire_in_force i where i.ceasefire_id = c.id) f where c.id = :id) v on true";

    private RollupAnswers.Versioned stamp(long id) {
        return jdbc.sql(STAMP).param("id", id).query((rs, n) -> new RollupAnswers.Versioned(rs.getLong("generation"),
                rs.getBoolean("clean"), rs.getString("version"))).single();
    }

    // the strikes a cease-fire covers, with certainty: pairs of strike and in-force interval, folded per strike
    private static final String COVERED = "select s.id, s.attacker, s.started_at, bool_or(" + CoverageSql.within("s", "i")
            + ") as certain from ceasefire c join ceasefire_in_force i on i.ceasefire_id = c.id"
            + " join strike s on " + CoverageSql.meets("s", "i") + CoverageSql.partiesJoin("s", "c")
            + " where c.id = :id and " + CoverageSql.scopeTakesIn("s", "c") + " group by s.id, s.attacker, s.started_at";

    /**
     * The report of cease-fire {@code id} with local days of {@code zone}; 404 when there is no such cease-fire.
     * Read inside {@link #reportJson}'s read-only transaction.
     */
    private ComplianceReport report(long id, ZoneId zone, PageQuery page) {
        CeasefireView ceasefire = ceasefires.get(id);
        List<InForceInterval> intervals = ceasefire.inForce();
        ComplianceReport.Window window = null;
        ComplianceReport.Window baseline = null;
        if (!intervals.isEmpty()) {
            Instant from = intervals.get(0).from();
            Instant last = intervals.get(intervals.size() - 1).until();
            Instant until = last != null ? last : max(clock.instant(), from);
            window = new ComplianceReport.Window(from, until);
            baseline = new ComplianceReport.Window(from.minus(Duration.between(from, until)), from);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("tz", zone.getId());

        // covered strikes per attacker and local day (a strike that began before the window: its first day)
        Map<String, long[]> coveredByParty = new LinkedHashMap<>();
        Map<String, Map<LocalDate, Long>> inForceDays = new HashMap<>();
        if (window != null) {
            params.put("windowFrom", Timestamp.from(window.from()));
            jdbc.sql("select cov.attacker, (date_trunc('day', greatest(cov.started_at, :windowFrom), :tz)"
                            + " at time zone :tz)::date as day, count(*) filter (where cov.certain) as certain,"
                            + " count(*) filter (where not cov.certain) as possible from (" + COVERED + ") cov"
                            + " group by 1, 2")
                    .params(params)
                    .query(rs -> {
                        String party = rs.getString("attacker");
                        long certain = rs.getLong("certain");
                        long possible = rs.getLong("possible");
                        long[] counts = coveredByParty.computeIfAbsent(party, p -> new long[2]);
                        counts[0] += certain;
                        counts[1] += possible;
                        inForceDays.computeIfAbsent(party, p -> new HashMap<>())
                                .merge(rs.getObject("day", LocalDate.class), certain + possible, Long::sum);
                    });
        }

        // the strikes the terms would have covered in the baseline window, per attacker and local day
        Map<String, Map<LocalDate, Long>> baselineDays = new HashMap<>();
        if (baseline != null && baseline.until().isAfter(baseline.from())) {
            params.put("baselineFrom", Timestamp.from(baseline.from()));
            params.put("baselineUntil", Timestamp.from(baseline.until()));
            jdbc.sql("select s.attacker, (date_trunc('day', s.started_at, :tz) at time zone :tz)::date as day,"
                            + " count(*) as strikes from ceasefire c join strike s on s.started_at >= :baselineFrom"
                            + " and s.started_at < :baselineUntil" + CoverageSql.partiesJoin("s", "c")
                            + " where c.id = :id and " + CoverageSql.scopeTakesIn("s", "c") + " group by 1, 2")
                    .params(params)
                    .query(rs -> {
                        baselineDays.computeIfAbsent(rs.getString("attacker"), p -> new HashMap<>())
                                .put(rs.getObject("day", LocalDate.class), rs.getLong("strikes"));
                    });
        }

        // alleged violations by accuser, and against whom
        Map<String, Map<String, Long>> alleged = new LinkedHashMap<>();
        jdbc.sql("select accuser, accused, count(*) as n from ceasefire_allegation where ceasefire_id = :id"
                        + " group by accuser, accused order by accuser, accused")
                .params(params)
                .query(rs -> {
                    alleged.computeIfAbsent(rs.getString("accuser"), a -> new LinkedHashMap<>())
                            .put(rs.getString("accused"), rs.getLong("n"));
                });

        List<ComplianceReport.PartyCompliance> parties = new ArrayList<>();
        long certainTotal = 0;
        long possibleTotal = 0;
        for (PartyPositionView party : ceasefire.parties()) {
            long[] counts = coveredByParty.getOrDefault(party.party(), new long[2]);
            certainTotal += counts[0];
            possibleTotal += counts[1];
            long against = alleged.values().stream().mapToLong(m -> m.getOrDefault(party.party(), 0L)).sum();
            parties.add(new ComplianceReport.PartyCompliance(party.party(), party.position(),
                    party.position().isAccepting(), new Counts(counts[0] + counts[1], counts[0], counts[1]),
                    series(window, zone, inForceDays.getOrDefault(party.party(), Map.of())),
                    series(baseline, zone, baselineDays.getOrDefault(party.party(), Map.of())), against));
        }
        List<ComplianceReport.ByAccuser> byAccuser = new ArrayList<>();
        long allegationTotal = 0;
        for (Map.Entry<String, Map<String, Long>> accuser : alleged.entrySet()) {
            long total = accuser.getValue().values().stream().mapToLong(Long::longValue).sum();
            allegationTotal += total;
            byAccuser.add(new ComplianceReport.ByAccuser(accuser.getKey(), total, accuser.getValue().entrySet()
                    .stream().map(e -> new ComplianceReport.Against(e.getKey(), e.getValue())).toList()));
        }

        long coveredTotal = certainTotal + possibleTotal;
        List<ComplianceReport.CoveredStrike> items = List.of();
        if (window != null && coveredTotal > page.offset()) {
            items = jdbc.sql("select s.id, s.attacker, s.target, s.started_at, s.ended_at, s.weapon_category,"
                            + " s.target_categories, s.region, s.place, cov.certain from (" + COVERED + ") cov"
                            + " join strike s on s.id = cov.id order by s.started_at, s.id limit :limit offset :offset")
                    .params(params).param("limit", page.size()).param("offset", page.offset())
                    .query((rs, n) -> new ComplianceReport.CoveredStrike(rs.getLong("id"),
                            "/api/v1/strikes/" + rs.getLong("id"), rs.getString("attacker"), rs.getString("target"),
                            Times.instant(rs, "started_at"), Times.instant(rs, "ended_at"),
                            rs.getBoolean("certain") ? Certainty.CERTAIN : Certainty.POSSIBLE,
                            WeaponCategory.valueOf(rs.getString("weapon_category")),
                            categories(rs.getArray("target_categories")), rs.getString("region"),
                            rs.getString("place")))
                    .list();
        }
        return new ComplianceReport(new ComplianceReport.Ceasefire(ceasefire.id(), ceasefire.name(),
                ceasefire.scope(), ceasefire.status(), "/api/v1/ceasefires/" + ceasefire.id()), zone.getId(),
                intervals, window, baseline, new Counts(coveredTotal, certainTotal, possibleTotal), parties,
                new ComplianceReport.Allegations(allegationTotal, byAccuser),
                new PageResponse<>(items, page.page(), page.size(), coveredTotal));
    }

    /** Every local day the window touches, with the counts found (zero for the others). */
    private static Series series(ComplianceReport.Window window, ZoneId zone, Map<LocalDate, Long> counts) {
        if (window == null || !window.until().isAfter(window.from())) {
            return new Series(0, List.of());
        }
        List<Day> days = new ArrayList<>();
        long total = 0;
        LocalDate last = window.until().minusNanos(1).atZone(zone).toLocalDate();
        for (LocalDate day = window.from().atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            long n = counts.getOrDefault(day, 0L);
            total += n;
            days.add(new Day(day, day.atStartOfDay(zone).toInstant(), n));
        }
        return new Series(total, days);
    }

    private static List<TargetCategory> categories(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        List<TargetCategory> out = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            out.add(TargetCategory.valueOf((String) value));
        }
        return out;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
