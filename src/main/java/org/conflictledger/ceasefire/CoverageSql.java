package org.conflictledger.ceasefire;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The coverage rule of {@link CoverageRule} as SQL over the strike table, for reads that must not
 * load strikes into memory (a strike's own JSON, compliance reports over thousands of strikes).
 * In-force intervals come from {@code ceasefire_in_force}, which a trigger derives from each
 * history exactly as {@link CoverageRule#inForce} does. {@code CoverageSqlIT} shows both forms give
 * the same answer. Every method takes the aliases of the tables it speaks about and returns SQL
 * text without parameters.
 */
public final class CoverageSql {

    /** The accepting positions as an SQL list: {@code ('PROPOSER', 'ACCEPTED', ...)}. */
    static final String ACCEPTING = Arrays.stream(Position.values()).filter(Position::isAccepting)
            .map(p -> "'" + p.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private CoverageSql() {
    }

    /**
     * Joins that keep a pair of strike {@code s} and cease-fire {@code c} only when attacker and
     * target both hold an accepting position in it.
     */
    public static String partiesJoin(String s, String c) {
        return " join ceasefire_party " + c + "_att on " + c + "_att.ceasefire_id = " + c + ".id and " + c
                + "_att.party = " + s + ".attacker and " + c + "_att.position in " + ACCEPTING
                + " join ceasefire_party " + c + "_tgt on " + c + "_tgt.ceasefire_id = " + c + ".id and " + c
                + "_tgt.party = " + s + ".target and " + c + "_tgt.position in " + ACCEPTING;
    }

    /** Whether the scope of cease-fire {@code c} takes in strike {@code s}, whatever its time and parties. */
    public static String scopeTakesIn(String s, String c) {
        return "(case " + c + ".scope when 'COMPREHENSIVE' then true when 'HOLIDAY' then true"
                + " when 'ENERGY_INFRASTRUCTURE' then " + s + ".target_categories @> array['ENERGY']::text[]"
                + " when 'MARITIME' then " + s + ".target_categories @> array['PORT']::text[]"
                + " else exists (select 1 from unnest(" + c + ".areas) area where btrim(area) <> '' and"
                + " (" + sameText("area", s + ".region") + " or " + sameText("area", s + ".place") + ")) end)";
    }

    /** Whether the closed window of strike {@code s} meets the half-open interval of {@code ceasefire_in_force i}. */
    public static String meets(String s, String i) {
        return window(s) + " && tstzrange(" + i + ".from_at, " + i + ".until_at, '[)')";
    }

    /** Whether the closed window of strike {@code s} lies wholly inside the interval {@code i} (certain coverage). */
    public static String within(String s, String i) {
        return window(s) + " <@ tstzrange(" + i + ".from_at, " + i + ".until_at, '[)')";
    }

    /** The strike's window as a range; the strike_window_idx SP-GiST index is built on exactly this expression. */
    public static String window(String s) {
        return "tstzrange(" + s + ".started_at, " + s + ".ended_at, '[]')";
    }

    /**
     * A lateral subquery over every cease-fire covering strike {@code s}, giving the columns
     * {@code covering_ids}, {@code covering_names} and {@code covering_certain} (arrays in cease-fire id
     * order, null when none); read them with {@link CeasefireCoverage#covering(java.sql.ResultSet)}.
     */
    public static String coveringLateral(String s) {
        return " left join lateral (select array_agg(cov.id order by cov.id) as covering_ids,"
                + " array_agg(cov.name order by cov.id) as covering_names,"
                + " array_agg(cov.certain order by cov.id) as covering_certain"
                + " from (select cf.id, cf.name, bool_or(" + within(s, "cfi") + ") as certain"
                + " from ceasefire_in_force cfi join ceasefire cf on cf.id = cfi.ceasefire_id" + partiesJoin(s, "cf")
                + " where " + meets(s, "cfi") + " and " + scopeTakesIn(s, "cf")
                + " group by cf.id, cf.name) cov) covering on true";
    }

    // equalsIgnoreCase after trim, as CoverageRule compares areas with regions and places
    private static String sameText(String a, String b) {
        return "(lower(btrim(" + a + ")) = lower(btrim(" + b + ")) or upper(btrim(" + a + ")) = upper(btrim(" + b + ")))";
    }
}
