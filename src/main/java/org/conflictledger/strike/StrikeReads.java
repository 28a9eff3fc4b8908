package org.conflictledger.strike;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conflictledger.ceasefire.CeasefireCoverage;
import org.conflictledger.ceasefire.CoverageSql;
import org.conflictledger.ceasefire.CoveringCeasefire;
import org.conflictledger.common.TimePrecision;
import org.conflictledger.common.Times;
import org.conflictledger.source.SourceKind;
import org.conflictledger.source.SourceSummary;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A whole strike (claims, their sources, external ids and the cease-fires it falls under) in one SQL
 * statement and one round trip, without a transaction: the hottest read of the service. Loading the
 * entity with JPA cost a transaction and four queries. The figures are reconciled from the claims
 * exactly as the entity does, so the JSON is the same ({@code StrikeReadPathIT} compares them).
 */
@Component
class StrikeReads {

    private static final String FIGURE_COLUMNS = figureColumns();

    /**
     * What the strike's JSON is made of, named by the transactions that last wrote it: the xmin of the
     * strike's row, of each claim and its source, of each external id, and of the row that every
     * cease-fire write bumps (coverage). Equal stamps in two snapshots mean equal JSON.
     */
    private static final String STAMP = """
            (s.xmin::text || '/' || coalesce((select string_agg(c.id || ':' || c.xmin::text || ':'
                || coalesce(src.xmin::text, ''), ',' order by c.id) from claim c left join source src on src.id = c.source_id
                where c.strike_id = s.id), '') || '/' || coalesce((select string_agg(e.xmin::text, ',' order by e.dataset,
                e.external_id) from strike_external_id e where e.strike_id = s.id), '') || '/'
                || (select v.xmin::text from ceasefire_coverage_version v))""";

    private static final String SQL = """
            with s as materialized (
                select s.id, s.version, s.attacker, s.target, s.started_at, s.ended_at, s.time_precision, s.place,
                       s.region, s.region_code, s.country, s.latitude, s.longitude, s.geo_precision, s.launch_place,
                       s.weapon_category, s.weapon_models, s.target_categories, s.created_at, s.updated_at,
                       (select array_agg(e.dataset || chr(31) || e.external_id order by e.dataset)
                          from strike_external_id e where e.strike_id = s.id) as external_ids,
                       covering.covering_ids, covering.covering_names, covering.covering_certain,
                       %s as stamp
                from strike s %s
                where s.id = ?
            )
            select s.*, c.id as claim_id, c.source_id, c.claimant, c.attributed_to, c.reported_at, c.quote,
                   c.reference, %s, c.inconsistent as claim_inconsistent, c.created_at as claim_created_at,
                   c.updated_at as claim_updated_at, src.publisher as source_publisher, src.kind as source_kind,
                   src.party as source_party, src.url as source_url, src.title as source_title
            from s
            left join claim c on c.strike_id = s.id
            left join source src on src.id = c.source_id
            order by c.id
            """.formatted(STAMP, CoverageSql.coveringLateral("s"), FIGURE_COLUMNS);

    private static final String STAMP_SQL = "select " + STAMP + " from strike s where s.id = ?";

    private static final String STAMPS_SQL = "select s.id, " + STAMP + " from strike s where s.id = any(?)";

    private final JdbcClient jdbc;

    StrikeReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A strike as read, with the stamp of what it was read from. */
    record Read(StrikeView view, String stamp) {
    }

    Optional<StrikeView> find(long id) {
        return read(id).map(Read::view);
    }

    Optional<Read> read(long id) {
        return jdbc.sql(SQL).param(id).query((ResultSetExtractor<Optional<Read>>) StrikeReads::read);
    }

    /** The stamp the strike would be read with now (one cheap statement), or empty when there is no such strike. */
    Optional<String> stamp(long id) {
        return jdbc.sql(STAMP_SQL).param(id).query(String.class).optional();
    }

    /**
     * The stamps the strikes would be read with now, in one statement on {@code jdbc}; a strike that does
     * not exist has none.
     */
    static Map<Long, String> stamps(JdbcClient jdbc, long[] ids) {
        Map<Long, String> stamps = new HashMap<>(ids.length * 2);
        jdbc.sql(STAMPS_SQL).param(ids).query(rs -> {
            stamps.put(rs.getLong(1), rs.getString(2));
        });
        return stamps;
    }

    private static Optional<Read> read(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        String stamp = rs.getString("stamp");
        long id = rs.getLong("id");
        long version = rs.getLong("version");
        String attacker = rs.getString("attacker");
        String target = rs.getString("target");
        var startedAt = Times.instant(rs, "started_at");
        var endedAt = Times.instant(rs, "ended_at");
        TimePrecision timePrecision = TimePrecision.valueOf(rs.getString("time_precision"));
        String place = rs.getString("place");
        String region = rs.getString("region");
        String regionCode = rs.getString("region_code");
        String country = rs.getString("country");
        Double latitude = rs.getObject("latitude", Double.class);
        Double longitude = rs.getObject("longitude", Double.class);
        GeoPrecision geoPrecision = GeoPrecision.valueOf(rs.getString("geo_precision"));
        String launchPlace = rs.getString("launch_place");
        WeaponCategory weaponCategory = WeaponCategory.valueOf(rs.getString("weapon_category"));
        List<String> weaponModels = List.copyOf(StrikeRows.strings(rs.getArray("weapon_models")));
        List<TargetCategory> categories = StrikeRows.strings(rs.getArray("target_categories")).stream()
                .map(TargetCategory::valueOf).sorted().toList();
        Map<String, String> externalIds = StrikeRows.externalIds(rs.getArray("external_ids"));
        List<CoveringCeasefire> covering = CeasefireCoverage.covering(rs);
        var createdAt = Times.instant(rs, "created_at");
        var updatedAt = Times.instant(rs, "updated_at");

        List<ClaimView> claims = new ArrayList<>();
        do {
            long claimId = rs.getLong("claim_id");
            if (!rs.wasNull()) {
                claims.add(claim(rs, claimId, id));
            }
        } while (rs.next());

        Map<Figure, ReconciledFigure> figures = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            List<Reconciliation.Statement> statements = new ArrayList<>(claims.size());
            for (ClaimView claim : claims) {
                statements.add(new Reconciliation.Statement(claim.id(), claim.sourceId(), stated(claim, figure)));
            }
            ReconciledFigure reconciled = Reconciliation.reconcile(statements);
            if (reconciled != null) {
                figures.put(figure, reconciled);
            }
        }
        boolean inconsistent = claims.stream().anyMatch(ClaimView::inconsistent);
        return Optional.of(new Read(new StrikeView(id, version, attacker, target, startedAt, endedAt, timePrecision, place,
                region, regionCode, country, latitude, longitude, geoPrecision, launchPlace, weaponCategory, weaponModels,
                categories, figures.get(Figure.LAUNCHED), figures.get(Figure.INTERCEPTED),
                figures.get(Figure.SUPPRESSED), figures.get(Figure.HIT), figures.get(Figure.KILLED),
                figures.get(Figure.WOUNDED), inconsistent, List.copyOf(claims), externalIds, covering, createdAt,
                updatedAt), stamp));
    }

    private static ClaimView claim(ResultSet rs, long claimId, long strikeId) throws SQLException {
        long sourceId = rs.getLong("source_id");
        SourceSummary source = rs.getString("source_kind") == null ? null
                : new SourceSummary(sourceId, rs.getString("source_publisher"),
                        SourceKind.valueOf(rs.getString("source_kind")), rs.getString("source_party"),
                        rs.getString("source_url"), rs.getString("source_title"));
        return new ClaimView(claimId, strikeId, sourceId, source, rs.getString("claimant"),
                rs.getString("attributed_to"), Times.instant(rs, "reported_at"), rs.getString("quote"),
                rs.getString("reference"), stated(rs, "launched"), stated(rs, "intercepted"),
                stated(rs, "suppressed"), stated(rs, "hit"), stated(rs, "killed"), stated(rs, "wounded"),
                rs.getBoolean("claim_inconsistent"), Times.instant(rs, "claim_created_at"),
                Times.instant(rs, "claim_updated_at"));
    }

    private static StatedFigure stated(ResultSet rs, String figure) throws SQLException {
        Integer value = rs.getObject("claim_" + figure + "_value", Integer.class);
        if (value == null) {
            return null;
        }
        return new StatedFigure(value, Qualifier.valueOf(rs.getString("claim_" + figure + "_qualifier")),
                rs.getObject("claim_" + figure + "_low", Integer.class),
                rs.getObject("claim_" + figure + "_high", Integer.class));
    }

    private static StatedFigure stated(ClaimView claim, Figure figure) {
        return switch (figure) {
            case LAUNCHED -> claim.launched();
            case INTERCEPTED -> claim.intercepted();
            case SUPPRESSED -> claim.suppressed();
            case HIT -> claim.hit();
            case KILLED -> claim.killed();
            case WOUNDED -> claim.wounded();
        };
    }

    private static String figureColumns() {
        List<String> columns = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            for (String part : List.of("value", "qualifier", "low", "high")) {
                columns.add("c." + figure.field() + "_" + part + " as claim_" + figure.field() + "_" + part);
            }
        }
        return String.join(", ", columns);
    }
}
