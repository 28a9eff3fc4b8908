package org.conflictledger.strike;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.common.ChangedSince;
import org.conflictledger.common.CsvWriter;
import org.conflictledger.common.ExportQueries;
import org.conflictledger.common.SortSpec;
import org.conflictledger.common.StreamedExport;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every strike that matches a list filter, streamed as CSV or as a GeoJSON FeatureCollection: rows go
 * from the database cursor straight to the response, so a million strikes take the memory of one
 * fetch ({@code ledger.export.fetch-size} rows).
 */
@Service
public class StrikeExports {

    /**
     * The CSV columns, in this order (a stable format that an import can read back). Times are
     * ISO-8601 instants in UTC; lists (weaponModels, targetCategories) are joined with {@code |};
     * externalIds are {@code dataset=id} pairs joined with {@code |}, by dataset; a {@code |} or
     * {@code \} inside an item is escaped with {@code \}. Each reconciled figure is four columns,
     * {@code <figure>Low, Best, High, Claims}: all empty with claims 0 when no claim states it, High
     * empty when unbounded. Empty means null.
     */
    public static final List<String> CSV_COLUMNS = csvColumns();

    private final ExportQueries queries;
    private final JsonMapper json;

    StrikeExports(ExportQueries queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /**
     * All strikes matching the filter (and changed at or after {@code updatedSince}, when given) as CSV,
     * in the list's order ({@code sort}, default newest first).
     */
    public StreamedExport csv(StrikeFilter filter, Instant updatedSince, String sort) {
        Query query = query(filter, updatedSince, sort, false);
        return out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.header(CSV_COLUMNS);
            queries.stream(query.sql, query.params, rs -> {
                StrikeView strike = StrikeRows.map(rs, 0);
                csv.field(strike.id()).field(strike.attacker()).field(strike.target()).field(strike.startedAt())
                        .field(strike.endedAt()).field(strike.timePrecision()).field(strike.place())
                        .field(strike.region()).field(strike.country()).field(strike.latitude())
                        .field(strike.longitude()).field(strike.geoPrecision()).field(strike.launchPlace())
                        .field(strike.weaponCategory()).field(CsvWriter.joined(strike.weaponModels()))
                        .field(CsvWriter.joined(strike.targetCategories()));
                for (ReconciledFigure figure : figures(strike)) {
                    csv.field(figure == null ? null : figure.low()).field(figure == null ? null : figure.best())
                            .field(figure == null ? null : figure.high()).field(figure == null ? 0 : figure.claims());
                }
                List<String> externalIds = new ArrayList<>();
                strike.externalIds().forEach((dataset, id) -> externalIds.add(dataset + "=" + id));
                csv.field(strike.inconsistent()).field(CsvWriter.joined(externalIds)).field(strike.version())
                        .field(strike.createdAt()).field(strike.updatedAt()).endRecord();
            });
            csv.flush();
        };
    }

    /**
     * Every strike matching the filter that has coordinates, as a GeoJSON FeatureCollection of points;
     * each feature's properties carry the strike's fields, precisions and reconciled figures.
     */
    public StreamedExport geoJson(StrikeFilter filter, Instant updatedSince, String sort) {
        Query query = query(filter, updatedSince, sort, true);
        return out -> {
            try (JsonGenerator gen = json.createGenerator(out)) {
                gen.writeStartObject();
                gen.writeStringProperty("type", "FeatureCollection");
                gen.writeName("features");
                gen.writeStartArray();
                queries.stream(query.sql, query.params, rs -> feature(gen, StrikeRows.map(rs, 0)));
                gen.writeEndArray();
                gen.writeEndObject();
            }
        };
    }

    private void feature(JsonGenerator gen, StrikeView strike) {
        gen.writeStartObject();
        gen.writeStringProperty("type", "Feature");
        gen.writeNumberProperty("id", strike.id());
        gen.writeName("geometry");
        gen.writeStartObject();
        gen.writeStringProperty("type", "Point");
        gen.writeName("coordinates");
        gen.writeStartArray();
        gen.writeNumber(strike.longitude());
        gen.writeNumber(strike.latitude());
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeName("properties");
        gen.writeStartObject();
        gen.writeNumberProperty("id", strike.id());
        gen.writeStringProperty("link", "/api/v1/strikes/" + strike.id());
        gen.writeStringProperty("attacker", strike.attacker());
        gen.writeStringProperty("target", strike.target());
        gen.writeStringProperty("startedAt", strike.startedAt().toString());
        gen.writeStringProperty("endedAt", strike.endedAt().toString());
        gen.writeStringProperty("timePrecision", strike.timePrecision().name());
        gen.writeStringProperty("place", strike.place());
        gen.writeStringProperty("region", strike.region());
        gen.writeStringProperty("country", strike.country());
        gen.writeStringProperty("geoPrecision", strike.geoPrecision().name());
        gen.writeStringProperty("launchPlace", strike.launchPlace());
        gen.writeStringProperty("weaponCategory", strike.weaponCategory().name());
        gen.writePOJOProperty("weaponModels", strike.weaponModels());
        gen.writePOJOProperty("targetCategories", strike.targetCategories());
        List<ReconciledFigure> figures = figures(strike);
        for (Figure figure : Figure.values()) {
            gen.writePOJOProperty(figure.field(), figures.get(figure.ordinal()));
        }
        gen.writeBooleanProperty("inconsistent", strike.inconsistent());
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    private static Query query(StrikeFilter filter, Instant updatedSince, String sort, boolean located) {
        SortSpec order = SortSpec.parse(sort, StrikeService.sortColumns(), StrikeService.DEFAULT_SORT);
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        filter.appendConditions(where, params);
        ChangedSince.append(where, params, "s.updated_at", updatedSince);
        if (located) {
            where.append(" and s.latitude is not null and s.longitude is not null");
        }
        return new Query("select " + StrikeRows.COLUMNS + " from strike s" + where + order.orderBy("s.id"), params);
    }

    private static List<ReconciledFigure> figures(StrikeView strike) {
        List<ReconciledFigure> figures = new ArrayList<>(6);
        figures.add(strike.launched());
        figures.add(strike.intercepted());
        figures.add(strike.suppressed());
        figures.add(strike.hit());
        figures.add(strike.killed());
        figures.add(strike.wounded());
        return figures;
    }

    private static List<String> csvColumns() {
        List<String> columns = new ArrayList<>(List.of("id", "attacker", "target", "startedAt", "endedAt",
                "timePrecision", "place", "region", "country", "latitude", "longitude", "geoPrecision", "launchPlace",
                "weaponCategory", "weaponModels", "targetCategories"));
        for (Figure figure : Figure.values()) {
            for (String part : List.of("Low", "Best", "High", "Claims")) {
                columns.add(figure.field() + part);
            }
        }
        columns.addAll(List.of("inconsistent", "externalIds", "version", "createdAt", "updatedAt"));
        return List.copyOf(columns);
    }
}
