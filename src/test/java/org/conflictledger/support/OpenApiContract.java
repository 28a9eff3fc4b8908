package org.conflictledger.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The OpenAPI document a running service serves, as a contract its answers are checked against: the
 * status must be one the operation declares, the content type one declared for that status, and a JSON
 * body must validate against the declared schema (JSON Schema 2020-12, networknt validator) with no
 * property the schema does not list (objects with listed properties are closed; the problem schema is
 * open, as RFC 9457 allows extension members). {@link Api#checkingContract()} checks each answer it gets.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiContract> BY_BASE = new ConcurrentHashMap<>();
    private static final Set<String> OPEN_SCHEMAS = Set.of("Problem");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    /** One operation of the document, found by method and a path pattern. */
    public record Operation(String method, String template, Pattern pattern, int variables, JsonNode node) {
        public String name() {
            return method + " " + template;
        }
    }

    private final List<Operation> operations = new ArrayList<>();
    private final ObjectNode components;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final Set<String> checked = ConcurrentHashMap.newKeySet();
    private final List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());

    private OpenApiContract(JsonNode document) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            String regex = "^" + Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$";
            int variables = path.getKey().split("\\{", -1).length - 1;
            path.getValue().fields().forEachRemaining(op -> operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT),
                    path.getKey(), Pattern.compile(regex), variables, op.getValue())));
        }
        operations.sort(Comparator.comparingInt(Operation::variables));
        components = ((ObjectNode) document.path("components")).deepCopy();
        components.path("schemas").fields().forEachRemaining(schema -> {
            if (!OPEN_SCHEMAS.contains(schema.getKey())) {
                close(schema.getValue());
            }
        });
    }

    /** The contract of the service at this base URL (fetched once). */
    public static OpenApiContract of(String base) {
        // (the document is built on its first request: slow on a busy machine, hence the long timeout)
        return BY_BASE.computeIfAbsent(base, OpenApiContract::fetch);
    }

    private static OpenApiContract fetch(String base) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /v3/api-docs answered " + response.statusCode());
            }
            return new OpenApiContract(JSON.readTree(response.body()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("GET " + base + "/v3/api-docs failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** What the answers checked by {@link #record} broke, one message each. */
    public List<String> violations() {
        return violations;
    }

    /** Checks one answer like {@link #check}, keeping what it breaks in {@link #violations()} instead of throwing. */
    public void record(String method, String pathAndQuery, int status, String contentType, String body) {
        try {
            check(method, pathAndQuery, status, contentType, body);
        } catch (AssertionError e) {
            violations.add(e.getMessage());
        }
    }

    /** Operations an answer was checked for, as {@code METHOD /template}. */
    public Set<String> checked() {
        return checked;
    }

    /**
     * Checks one answer; an answer to a path or method the document does not describe (actuator, the
     * document itself, a wrong method) is not the contract's business.
     */
    public void check(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.split("\\?", 2)[0];
        Operation operation = operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
                .findFirst().orElse(null);
        if (operation == null) {
            return;
        }
        String what = method + " " + pathAndQuery + " (" + operation.name() + ") answered " + status;
        JsonNode response = operation.node().path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            throw new AssertionError(what + ", a status the document does not declare (declared: "
                    + names(operation.node().path("responses")) + "); body: " + cut(body));
        }
        checked.add(operation.name());
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = response.path("content");
        if (body == null || body.isEmpty()) {
            if (!content.isMissingNode() && !content.isEmpty() && status != 304 && !method.equals("HEAD")) {
                throw new AssertionError(what + " without a body, but the document declares " + names(content));
            }
            return;
        }
        JsonNode media = content.path(type);
        if (media.isMissingNode()) {
            throw new AssertionError(what + " as " + type + ", a content type the document does not declare for it"
                    + " (declared: " + names(content) + "); body: " + cut(body));
        }
        if (!type.equals("application/json") && !type.endsWith("+json")) {
            return;
        }
        JsonNode schema = media.path("schema");
        JsonSchema validator = compiled.computeIfAbsent(operation.name() + " " + status + " " + type, key -> {
            ObjectNode root = schema.isObject() ? ((ObjectNode) schema).deepCopy() : JSON.createObjectNode();
            close(root);
            root.set("components", components);
            return FACTORY.getSchema(root, CONFIG);
        });
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(what + " with a body that is no JSON: " + cut(body));
        }
        Set<ValidationMessage> errors = validator.validate(json);
        if (!errors.isEmpty()) {
            List<String> messages = errors.stream().map(ValidationMessage::getMessage).sorted().limit(20).toList();
            throw new AssertionError(what + " with a body the document does not allow:\n  " + String.join("\n  ", messages)
                    + "\nbody: " + cut(body));
        }
    }

    /** Objects that list their properties allow no others (unless the schema says otherwise). */
    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties instanceof ObjectNode && !node.has("additionalProperties")) {
            node.put("additionalProperties", false);
        }
        if (properties != null) {
            properties.forEach(OpenApiContract::close);
        }
        close(node.get("items"));
        if (node.get("additionalProperties") instanceof ObjectNode additional) {
            close(additional);
        }
        for (String list : List.of("oneOf", "anyOf", "allOf")) {
            if (node.get(list) != null) {
                node.get(list).forEach(OpenApiContract::close);
            }
        }
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String cut(String body) {
        return body == null ? "" : body.length() > 1500 ? body.substring(0, 1500) + "…" : body;
    }
}
