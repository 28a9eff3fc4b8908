package org.conflictledger.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for end-to-end tests: real requests to the running service, answers kept as
 * status, headers and body. Keys: {@link #ADMIN}, {@link #ANALYST}, {@link #READER}, or none.
 */
public final class Api {

    public static final String ADMIN = "test-admin-key";
    public static final String ANALYST = "test-analyst-key";
    public static final String READER = "test-reader-key";
    /** The value for {@code ledger.security.api-keys} that defines the keys above. */
    public static final String KEYS = ADMIN + ":ADMIN:admin," + ANALYST + ":ANALYST:analyst," + READER + ":READER";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String key;
    private final Map<String, String> headers;
    private final boolean checkContract;

    public Api(int port) {
        this("http://localhost:" + port, ADMIN, Map.of(), false);
    }

    private Api(String base, String key, Map<String, String> headers, boolean checkContract) {
        this.base = base;
        this.key = key;
        this.headers = headers;
        this.checkContract = checkContract;
    }

    /** The same client with another key (null: no key). */
    public Api as(String otherKey) {
        return new Api(base, otherKey, headers, checkContract);
    }

    /**
     * The same client checking every answer against the service's OpenAPI document ({@link OpenApiContract}):
     * its status, content type and JSON body must be what the document declares; what they break is kept in
     * {@code OpenApiContract.of(base).violations()}, for the test to assert on.
     */
    public Api checkingContract() {
        return new Api(base, key, headers, true);
    }

    public Api anonymous() {
        return as(null);
    }

    /** The same client sending one more header on every request. */
    public Api header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, key, more, checkContract);
    }

    public Response get(String path) {
        return send("GET", path, (String) null, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Response put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Response patch(String path, String json, String contentType) {
        return send("PATCH", path, json, contentType);
    }

    public Response delete(String path) {
        return send("DELETE", path, (String) null, null);
    }

    public Response send(String method, String path, String body, String contentType) {
        return sendBytes(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                contentType);
    }

    public Response sendBytes(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (!headers.containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Response answer = new Response(response.statusCode(), response.headers().map(), response.body());
            if (checkContract) {
                OpenApiContract.of(base).record(method, path, answer.status(), answer.header("Content-Type"),
                        answer.body());
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }

        public long id() {
            return json().get("id").asLong();
        }

        public boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
        }
    }

    /** Single quotes for readability in tests: {@code json("{'a':1}")}. */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
