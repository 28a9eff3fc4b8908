package org.conflictledger.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.conflictledger.integrity.TaggedCollections;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Completes the document from what holds for every operation, so that an endpoint added later is
 * described with no more than its controller method: the API key where the security rules ask for one
 * (read from the running security configuration), the problem responses it can answer, the headers of
 * conditional requests, idempotent POSTs and rate limits, time parameters, {@code required} on response
 * records (every property they always write), and the merge-patch schemas.
 */
@Component
class LedgerDocument implements GlobalOpenApiCustomizer {

    static final String KEY_SCHEME = "ApiKey";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    /** Reads of a strike merged into another redirect to the survivor (duplicate.web.MergedStrikeFilter). */
    private static final String MERGED_STRIKE = "/api/v1/strikes/{id}";
    private static final Set<String> TIME_PARAMETERS = Set.of("from", "to", "updatedSince");
    /** What {@code Times.parseParam} reads: an ISO-8601 date-time with offset, or a date (its start, UTC). */
    static final String TIME_PATTERN =
            "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?))?$";
    private static final String TIME_DESCRIPTION = "An ISO-8601 date-time with offset (2025-03-01T00:00:00Z) or a date"
            + " (2025-03-01, meaning its start in UTC); from is inclusive, to exclusive";
    private static final List<String> ROLES = List.of("READER", "ANALYST", "ADMIN");

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;
    private final RecordSchemas records;
    private final LedgerOperations operations;
    private final TaggedCollections tagged;

    LedgerDocument(ObjectProvider<WebInvocationPrivilegeEvaluator> privileges, RecordSchemas records,
            LedgerOperations operations, TaggedCollections tagged) {
        this.privileges = privileges;
        this.records = records;
        this.operations = operations;
        this.tagged = tagged;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, ProblemSchemas.problem());
        openApi.getComponents().addSchemas(ProblemSchemas.FIELD_PROBLEM, ProblemSchemas.fieldProblem());
        ProblemSchemas.geoJson().forEach(openApi.getComponents()::addSchemas);
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describe(path, method, operation)));
        }
        operations.patches().forEach((name, patch) -> openApi.getComponents().addSchemas(name,
                patchSchema(openApi, patch)));
        requireWhatResponsesAlwaysWrite(openApi);
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean etag = operation.getExtensions() != null && operation.getExtensions().remove(LedgerOperations.ETAG) != null;
        if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasPathVariables = path.contains("{");
        String role = requiredRole(path, method.name());
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);

        for (Map.Entry<String, ApiResponse> entry : responses.entrySet()) {
            ApiResponse response = entry.getValue();
            if (entry.getKey().equals("201") || entry.getKey().equals("202")) {
                response.addHeaderObject("Location", header("Where the created resource (or the job) can be read",
                        "string"));
            }
            if (etag && entry.getKey().startsWith("2") && !entry.getKey().equals("204")) {
                response.addHeaderObject("ETag", header("The resource's version: send it in If-Match (writes) or"
                        + " If-None-Match (reads)", "string"));
            }
        }
        if (etag && method == PathItem.HttpMethod.GET) {
            addHeaderParameter(operation, "If-None-Match", "An ETag read earlier: 304 when the resource is unchanged");
            responses.addApiResponse("304", new ApiResponse().description("Not modified since the ETag in If-None-Match")
                    .addHeaderObject("ETag", header("The resource's version", "string")));
        }
        if (method == PathItem.HttpMethod.POST) {
            addHeaderParameter(operation, "Idempotency-Key", "Makes the POST safe to retry: the same key with the same"
                    + " request answers the first response again (1 to 255 visible ASCII characters, kept 24 h)");
            responses.addApiResponse("422", problem("Idempotency-Key already used with another request"));
        }
        if (write && tagged.conditional(path)) {
            boolean requirable = method != PathItem.HttpMethod.POST;
            addHeaderParameter(operation, "If-Match", requirable
                    ? "The ETag read last: the write happens only if the resource is unchanged (412 otherwise);"
                            + " required when the service is set to require it (428)"
                    : "The ETag of the resource this write belongs to, read last: the write happens only if that"
                            + " resource is unchanged (412 otherwise)");
            responses.addApiResponse("412", problem("The resource changed since the ETag in If-Match"));
            if (requirable) {
                responses.addApiResponse("428", problem("This service requires If-Match on writes"));
            }
        }
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            if ("query".equals(parameter.getIn()) && TIME_PARAMETERS.contains(parameter.getName())
                    && parameter.getSchema() != null && isString(parameter.getSchema())) {
                parameter.setSchema(Schemas.of("string").pattern(TIME_PATTERN));
                if (parameter.getDescription() == null) {
                    parameter.setDescription(TIME_DESCRIPTION);
                }
            }
        }

        responses.addApiResponse("400", problem("Invalid parameter or body: errors[] names each field and, for"
                + " enumerations, the allowed values"));
        responses.addApiResponse("401", problem("Missing or unknown API key")
                .addHeaderObject("WWW-Authenticate", header("ApiKey header=\"X-API-Key\"", "string")));
        if (role != null) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(KEY_SCHEME)));
            responses.addApiResponse("403", problem("The API key's role is too weak (this operation needs " + role + ")"));
            String needs = "Needs an API key with role " + role + ".";
            operation.setDescription(operation.getDescription() == null ? needs : operation.getDescription() + "\n\n" + needs);
        } else {
            operation.setSecurity(List.of());
        }
        if (hasPathVariables) {
            responses.addApiResponse("404", problem("No such resource"));
        }
        if (method == PathItem.HttpMethod.GET && path.startsWith(MERGED_STRIKE)) {
            responses.addApiResponse("308", problem("The strike was merged into another: Location (and mergedInto)"
                    + " names the survivor").addHeaderObject("Location", header("The surviving strike", "string")));
        }
        if (write) {
            responses.addApiResponse("409", problem("Conflicts with the current state (a duplicate, an illegal"
                    + " transition, a concurrent change)"));
        }
        if (hasBody) {
            responses.addApiResponse("413", problem("Body too large"));
            responses.addApiResponse("415", problem("Unsupported content type"));
        }
        responses.addApiResponse("429", problem("Rate limit exceeded")
                .addHeaderObject("Retry-After", header("Seconds to wait before the next request", "integer"))
                .addHeaderObject("RateLimit-Limit", header("Requests allowed per window", "integer"))
                .addHeaderObject("RateLimit-Remaining", header("Requests left in this window", "integer"))
                .addHeaderObject("RateLimit-Reset", header("Seconds until the window resets", "integer")));
        responses.addApiResponse("500", problem("Internal error (the problem carries a correlationId)"));
        responses.addApiResponse("503", problem("Database unavailable or query timed out; retry later"));
        sortResponses(operation);
    }

    /** The weakest role the security rules let through, or null when anyone may call the operation. */
    private String requiredRole(String path, String method) {
        WebInvocationPrivilegeEvaluator evaluator = privileges.getIfAvailable();
        if (evaluator == null) {
            return null;
        }
        String uri = concrete(path);
        Authentication anonymous = new AnonymousAuthenticationToken("openapi", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        if (evaluator.isAllowed("", uri, method, anonymous)) {
            return null;
        }
        for (int i = 0; i < ROLES.size(); i++) {
            List<String> authorities = new ArrayList<>();
            for (String implied : ROLES.subList(0, i + 1)) {
                authorities.add("ROLE_" + implied);
            }
            Authentication keyed = UsernamePasswordAuthenticationToken.authenticated("openapi", null,
                    AuthorityUtils.createAuthorityList(authorities));
            if (evaluator.isAllowed("", uri, method, keyed)) {
                return ROLES.get(i);
            }
        }
        return ROLES.get(ROLES.size() - 1);
    }

    /** A request path for a template: every variable becomes 1. */
    private static String concrete(String path) {
        Matcher matcher = TEMPLATE.matcher(path);
        return matcher.replaceAll("1");
    }

    private static void addHeaderParameter(Operation operation, String name, String description) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParametersItem(new Parameter().in("header").name(name).required(false).description(description)
                .schema(Schemas.of("string")));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(Schemas.ref(PROBLEM))));
    }

    private static Header header(String description, String type) {
        return new Header().description(description).schema(Schemas.of(type));
    }

    private static boolean isString(Schema<?> schema) {
        return "string".equals(schema.getType()) || schema.getTypes() != null && schema.getTypes().contains("string");
    }

    private static void sortResponses(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
        operation.setResponses(sorted);
    }

    /** The request record's properties, none required, each nullable (null removes the field). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema<?> patchSchema(OpenAPI openApi, LedgerOperations.Patch patch) {
        Schema request = openApi.getComponents().getSchemas().get(patch.request().getSimpleName());
        Schema<Object> schema = Schemas.of("object");
        schema.setDescription("JSON Merge Patch (RFC 7396) of a " + patch.request().getSimpleName()
                + ": only the fields to change; null removes a field.");
        Map<String, Schema> properties = new LinkedHashMap<>();
        if (request != null && request.getProperties() != null) {
            ((Map<String, Schema>) request.getProperties()).forEach((name, property) -> {
                if (!patch.except().contains(name)) {
                    properties.put(name, Schemas.nullable(copy(property)));
                }
            });
        }
        schema.setProperties(properties);
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema copy(Schema property) {
        if (property.get$ref() != null) {
            return Schemas.ref(property.get$ref().substring(Schemas.REF.length()));
        }
        Schema copy = new JsonSchema();
        if (property.getTypes() != null) {
            copy.setTypes(new java.util.LinkedHashSet<>(property.getTypes()));
        } else if (property.getType() != null) {
            copy.setTypes(new java.util.LinkedHashSet<>(List.of(property.getType())));
        }
        copy.setFormat(property.getFormat());
        copy.setDescription(property.getDescription());
        copy.setItems(property.getItems());
        copy.setEnum(property.getEnum() == null ? null : new ArrayList<>(property.getEnum()));
        copy.setMaxLength(property.getMaxLength());
        copy.setMinLength(property.getMinLength());
        copy.setMaximum(property.getMaximum());
        copy.setMinimum(property.getMinimum());
        copy.setPattern(property.getPattern());
        copy.setMaxItems(property.getMaxItems());
        copy.setMinItems(property.getMinItems());
        copy.setUniqueItems(property.getUniqueItems());
        copy.setAdditionalProperties(property.getAdditionalProperties());
        copy.setOneOf(property.getOneOf() == null ? null : new ArrayList<>(property.getOneOf()));
        copy.setProperties(property.getProperties());
        return copy;
    }

    /**
     * Response records list as required every property Jackson always writes (the service writes nulls),
     * unless the record is also part of a request body, where omitting a field is allowed.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void requireWhatResponsesAlwaysWrite(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Set<String> inResponses = new HashSet<>();
        Set<String> inRequests = new HashSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().values().forEach(m -> reach(m.getSchema(), schemas, inRequests));
                }
                if (op.getResponses() != null) {
                    op.getResponses().values().forEach(r -> {
                        if (r.getContent() != null) {
                            r.getContent().values().forEach(m -> reach(m.getSchema(), schemas, inResponses));
                        }
                    });
                }
            }));
        }
        for (String name : inResponses) {
            Class<?> record = records.recordOf(name);
            Schema schema = schemas.get(name);
            if (record == null || schema == null || schema.getProperties() == null || inRequests.contains(name)) {
                continue;
            }
            List<String> required = new ArrayList<>();
            RecordSchemas.properties(record).forEach((json, property) -> {
                if (property.alwaysWritten() && schema.getProperties().containsKey(json)) {
                    required.add(json);
                }
            });
            schema.setRequired(required.isEmpty() ? null : required);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void reach(Schema start, Map<String, Schema> schemas, Set<String> seen) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (start != null) {
            todo.push(start);
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                if (seen.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                ((Map<String, Schema>) schema.getProperties()).values().forEach(todo::push);
            }
            if (schema.getItems() != null) {
                todo.push(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema additional) {
                todo.push(additional);
            }
            for (List<Schema> list : new List[] {schema.getOneOf(), schema.getAnyOf(), schema.getAllOf()}) {
                if (list != null) {
                    list.forEach(todo::push);
                }
            }
        }
    }
}
