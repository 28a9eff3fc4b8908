package org.conflictledger.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.Schema;

/** The RFC 9457 problem the service answers every error with, and its members. */
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

    private static <T> Schema<T> described(Schema<T> schema, String description) {
        schema.setDescription(description);
        return schema;
    }
}
