package org.conflictledger.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.Schema;

/** Schemas of answers no Java record describes: the RFC 9457 problem and its members, GeoJSON exports. */
final class ProblemSchemas {

    static final String FIELD_PROBLEM = "FieldProblem";

    private ProblemSchemas() {
    }

    @SuppressWarnings({"rawtypes"})
    static Schema<?> problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", described(Schemas.of("string").format("uri-reference"),
                "A stable URI per kind of error, e.g. /problems/validation (a page describing it)"));
        properties.put("title", described(Schemas.of("string"), "Short summary of the kind of error"));
        properties.put("status", described(Schemas.of("integer").format("int32"), "The HTTP status"));
        properties.put("detail", described(Schemas.of("string"), "What went wrong with this request"));
        properties.put("instance", described(Schemas.of("string"), "The request's path"));
        properties.put("errors", described(Schemas.arrayOf(Schemas.ref(FIELD_PROBLEM)),
                "One entry per failing field or parameter (400)"));
        properties.put("correlationId", described(Schemas.of("string"), "Quotes this in a report of a 500"));
        properties.put("currentStatus", described(Schemas.of("string"), "An illegal transition: the status now"));
        properties.put("requestedStatus", described(Schemas.of("string"), "An illegal transition: the status asked for"));
        properties.put("allowed", described(Schemas.arrayOf(Schemas.of("string")),
                "An illegal transition: the statuses allowed from the current one"));
        properties.put("existingId", described(new io.swagger.v3.oas.models.media.JsonSchema(), "A duplicate: the id of the record that exists"));
        properties.put("mergedInto", described(Schemas.of("integer").format("int64"),
                "A strike merged into another: the surviving strike's id"));
        properties.put("limit", described(new io.swagger.v3.oas.models.media.JsonSchema(), "A body too large: the limit"));
        Schema<Object> problem = Schemas.of("object");
        problem.setDescription("An RFC 9457 problem (application/problem+json). Further members may be sent for"
                + " some kinds (ids, times, counts); clients ignore members they do not know.");
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    @SuppressWarnings({"rawtypes"})
    static Schema<?> fieldProblem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", described(Schemas.of("string"), "The field or parameter, e.g. claims[0].launched.value"));
        properties.put("message", described(Schemas.of("string"), "Why it was refused"));
        properties.put("rejectedValue", described(new io.swagger.v3.oas.models.media.JsonSchema(),
                "The value that was sent (any JSON value)"));
        properties.put("allowed", described(Schemas.arrayOf(Schemas.of("string")), "For enumerations: the allowed values"));
        Schema<Object> schema = Schemas.of("object");
        schema.setDescription("One failing field of a request");
        schema.setProperties(properties);
        schema.setRequired(List.of("field", "message"));
        return schema;
    }

    /** A GeoJSON FeatureCollection (RFC 7946) of strikes: one Point feature per strike with coordinates. */
    @SuppressWarnings({"rawtypes"})
    static Map<String, Schema<?>> geoJson() {
        Map<String, Schema> point = new LinkedHashMap<>();
        point.put("type", Schemas.of("string")._enum(List.of("Point")));
        point.put("coordinates", Schemas.arrayOf(Schemas.of("number")).minItems(2).maxItems(3)
                .description("[longitude, latitude]"));
        Schema<Object> geometry = Schemas.of("object");
        geometry.setProperties(point);
        geometry.setRequired(List.of("type", "coordinates"));

        Map<String, Schema> feature = new LinkedHashMap<>();
        feature.put("type", Schemas.of("string")._enum(List.of("Feature")));
        feature.put("id", Schemas.of("integer").format("int64"));
        feature.put("geometry", Schemas.ref("PointGeometry"));
        feature.put("properties", described(Schemas.of("object"),
                "The strike's main fields (id, link, attacker, target, times, place, categories, figures)"));
        Schema<Object> strikeFeature = Schemas.of("object");
        strikeFeature.setProperties(feature);
        strikeFeature.setRequired(List.of("type", "id", "geometry", "properties"));

        Map<String, Schema> collection = new LinkedHashMap<>();
        collection.put("type", Schemas.of("string")._enum(List.of("FeatureCollection")));
        collection.put("features", Schemas.arrayOf(Schemas.ref("StrikeFeature")));
        Schema<Object> features = Schemas.of("object");
        features.setDescription("Every matching strike with coordinates, as GeoJSON (RFC 7946)");
        features.setProperties(collection);
        features.setRequired(List.of("type", "features"));
        Map<String, Schema<?>> out = new LinkedHashMap<>();
        out.put("PointGeometry", geometry);
        out.put("StrikeFeature", strikeFeature);
        out.put("StrikeFeatureCollection", features);
        return out;
    }

    private static <T> Schema<T> described(Schema<T> schema, String description) {
        schema.setDescription(description);
        return schema;
    }
}
