package org.conflictledger.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.conflictledger.support.Api;
import org.conflictledger.support.Records;
import org.conflictledger.support.Instances;
import org.conflictledger.support.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property-based fuzzing of every endpoint in the OpenAPI document with jqwik generators: malformed
 * and truncated JSON, wrong types, huge and negative numbers, empty, very long, control-character,
 * odd-Unicode, SQL and script strings, unknown enum values and fields, wrong content types, oversized
 * bodies, bad query parameters and path ids. Properties: never a 5xx; every error is problem+json
 * whose status matches; malformed bodies are 400 and wrong content types 415 (or 400 when the path
 * id is already wrong); a refused write changes nothing (change log, and counts and versions of the
 * tables without one).
 *
 * <p>Each try is one request against the whole service, started here on the test run's database.
 * Quick run in {@code ./mvnw verify} ({@code jqwik.tries.default} in junit-platform.properties); long run:
 * {@code ./mvnw -B verify -Dit.test=FuzzIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.tries.default=50000}.
 * The figures (requests, status histogram, 5xx, duration) are printed at the end.
 */
class FuzzIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What is wrong with a generated request. */
    enum Mutation { MALFORMED_JSON, BAD_FIELD, BAD_NESTED_FIELD, UNKNOWN_FIELD, WRONG_CONTENT_TYPE, OVERSIZED, BAD_QUERY }

    record Operation(String method, String path, List<String> query, boolean hasBody) {
    }

    record Fuzz(Operation operation, Mutation mutation, String pathValue, Object badValue, int pick, int cut) {
    }

    private static ConfigurableApplicationContext app;
    private static Api api;
    private static JdbcClient jdbc;
    private static Map<String, String> bodies;
    private static Map<String, String> validIds;
    private static List<Operation> operations;
    private static final Map<Integer, Integer> HISTOGRAM = new java.util.concurrent.ConcurrentSkipListMap<>();
    private static long started;

    @BeforeContainer
    static void startService() {
        app = Instances.service(TestDatabase.url(), "--spring.main.banner-mode=off");
        api = new Api(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        jdbc = app.getBean(JdbcClient.class);
        Records records = new Records(api);
        long source = records.source();
        long strike = records.strike(source, "Fuzz");
        long ceasefire = records.ceasefire("Fuzz");
        long negotiation = records.negotiation("Fuzz");
        long track = api.post("/api/v1/tracks", json("{'name':'Fuzz " + System.nanoTime() + "'}")).id();
        // the fuzzer's own party: a lucky valid PUT must not rename a party other tests rely on
        api.post("/api/v1/parties", json("{'code':'FZZ','name':'Fuzz party','kind':'OTHER'}"));
        bodies = Map.ofEntries(
                Map.entry("/api/v1/parties", json("{'code':'FZ','name':'Fuzz','kind':'OTHER'}")),
                Map.entry("/api/v1/parties/{code}", json("{'code':'FZZ','name':'Fuzz party','kind':'OTHER'}")),
                Map.entry("/api/v1/sources", json("{'publisher':'Fuzz','kind':'MEDIA','url':'https://example.org/f'}")),
                Map.entry("/api/v1/strikes", Records.strikeBody(source, "Fuzz", 10)),
                Map.entry("/api/v1/strikes/{id}", Records.strikeBody(source, "Fuzz", 10)),
                Map.entry("/api/v1/strikes/{id}/claims", Records.claimBody(source, 5)),
                Map.entry("/api/v1/strikes/{id}/claims/{claimId}", Records.claimBody(source, 5)),
                Map.entry("/api/v1/ceasefires", Records.ceasefireBody("Fuzz")),
                Map.entry("/api/v1/ceasefires/{id}", Records.ceasefireBody("Fuzz")),
                Map.entry("/api/v1/ceasefires/{id}/transitions", json("{'to':'AGREED','at':'2025-03-18T18:00:00Z'}")),
                Map.entry("/api/v1/ceasefires/{id}/parties/{party}", json("{'position':'ACCEPTED'}")),
                Map.entry("/api/v1/ceasefires/{ceasefireId}/allegations",
                        json("{'accuser':'RU','accused':'UA','at':'2025-03-20T00:00:00Z'}")),
                Map.entry("/api/v1/negotiations", Records.negotiationBody("Fuzz")),
                Map.entry("/api/v1/negotiations/{id}", Records.negotiationBody("Fuzz")),
                Map.entry("/api/v1/tracks", json("{'name':'Fuzz track'}")),
                Map.entry("/api/v1/tracks/{id}", json("{'name':'Fuzz track'}")));
        validIds = Map.of("strikes", "" + strike, "ceasefires", "" + ceasefire,
                "negotiations", "" + negotiation, "tracks", "" + track, "sources", "" + source, "parties", "FZZ");

        operations = operations();
        assertThat(operations).hasSizeGreaterThan(40);
        started = System.nanoTime();
    }

    @AfterContainer
    static void reportAndStop() {
        long requests = HISTOGRAM.values().stream().mapToLong(Integer::longValue).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        long fivexx = HISTOGRAM.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("FUZZ figures: requests=%d duration=%.1fs (%.0f req/s) 5xx=%d statuses=%s%n", requests,
                seconds, requests / seconds, fivexx, HISTOGRAM);
        if (app != null) {
            app.close();
        }
    }

    @Property(shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void badRequestsAreRefusedCleanlyAndChangeNothing(@ForAll("requests") Fuzz fuzz) {
        Operation op = fuzz.operation();
        String url = url(op, fuzz, validIds);
        boolean write = !op.method().equals("GET");
        String before = write ? signature() : null;
        String contentType = null;
        byte[] body = null;
        // a body (and its mutations) only where the operation takes one: a POST like /feeds/{id}/poll has none
        if (write && !op.method().equals("DELETE") && op.hasBody()) {
            String base = bodies.getOrDefault(op.path(), "{}");
            contentType = op.method().equals("PATCH") ? "application/merge-patch+json" : "application/json";
            body = body(base, fuzz).getBytes(StandardCharsets.UTF_8);
            if (fuzz.mutation() == Mutation.WRONG_CONTENT_TYPE) {
                contentType = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")
                        .get(fuzz.pick() % 3);
            }
        }
        Api.Response response = api.sendBytes(op.method(), url, body, contentType);
        HISTOGRAM.merge(response.status(), 1, Integer::sum);
        String what = op.method() + " " + url + " [" + fuzz.mutation() + "] -> " + response;
        assertThat(response.status()).as("no 5xx: " + what).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(problemWithStatus(response)).as("a problem+json with its status: " + what).isTrue();
        }
        // (a truncation down to nothing is no body at all, which an optional body allows)
        if (body != null && fuzz.mutation() == Mutation.MALFORMED_JSON
                && !new String(body, StandardCharsets.UTF_8).isBlank()) {
            assertThat(response.status()).as("malformed JSON: " + what).isIn(400, 413);
        }
        if (body != null && fuzz.mutation() == Mutation.WRONG_CONTENT_TYPE) {
            assertThat(response.status()).as("wrong content type: " + what).isIn(400, 415);
        }
        if (body != null && fuzz.mutation() == Mutation.OVERSIZED) {
            // 413, unless Tomcat already refused the URL itself (400)
            assertThat(response.status()).as("oversized body: " + what).isIn(400, 413);
        }
        if (write && response.status() >= 400) {
            assertThat(signature()).as("a refused write changes nothing: " + what).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<Fuzz> requests() {
        return requests(operations);
    }

    /** Every operation of the API's OpenAPI document, with its query parameters. */
    private static List<Operation> operations() {
        JsonNode paths = api.anonymous().get("/v3/api-docs").json().get("paths");
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                List<String> query = new ArrayList<>();
                JsonNode parameters = operation.getValue().get("parameters");
                if (parameters != null) {
                    parameters.forEach(p -> {
                        if ("query".equals(p.get("in").asString())) {
                            query.add(p.get("name").asString());
                        }
                    });
                }
                // JSON bodies only: a file upload (imports, text/csv) is fuzzed through its parameters
                JsonNode content = operation.getValue().path("requestBody").path("content");
                boolean jsonBody = content.has("application/json") || content.has("application/merge-patch+json");
                out.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), query, jsonBody));
            }
        }
        return out;
    }

    private static Arbitrary<Fuzz> requests(List<Operation> operations) {
        Arbitrary<String> pathValues = Arbitraries.oneOf(
                Arbitraries.just("VALID"),
                Arbitraries.of("0", "-1", "99999999999999999999", "abc", "1.5", "%27%20or%201%3D1--",
                        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%E2%98%83", "1e3", "%00", "00000000000000000000001"),
                Arbitraries.longs().between(1_000_000, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40));
        Arbitrary<Object> badValues = Arbitraries.oneOf(
                Arbitraries.of("", " ", "NOT_AN_ENUM", "' or 1=1 --", "1; drop table strike; --",
                        "<script>alert(1)</script>", "\u0000\u0007\u001b", "\u202Eevil", "Ω≈ç√∫😀𝕏", "\uFEFF",
                        "2025-13-45T99:00:00Z", "yesterday", "NaN", "-0", "1e400", "${jndi:ldap://x}"),
                Arbitraries.strings().all().ofMaxLength(60).map(s -> (Object) s),
                Arbitraries.strings().withChars('a', 'é', '字', '\u0001').ofMinLength(2000).ofMaxLength(20_000)
                        .map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.of(new BigInteger("99999999999999999999999999"), BigInteger.valueOf(-2147483649L),
                        BigInteger.valueOf(-1), BigInteger.ZERO).map(b -> (Object) b),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(Boolean.TRUE, List.of(), Map.of(), List.of(1, "x"), Map.of("value", -5)).map(o -> (Object) o),
                Arbitraries.just(null));
        return Combinators.combine(Arbitraries.of(operations), Arbitraries.of(Mutation.values()), pathValues, badValues,
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 100_000))
                .as(Fuzz::new);
    }

    private static String url(Operation op, Fuzz fuzz, Map<String, String> validIds) {
        String[] segments = op.path().split("/");
        StringBuilder url = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            url.append('/');
            if (!segment.startsWith("{")) {
                url.append(segment);
            } else if (segment.equals("{collection}")) {
                url.append(List.of("strikes", "ceasefires", "negotiations", "nope").get(fuzz.pick() % 4));
            } else if (fuzz.pathValue().equals("VALID") && !op.method().equals("DELETE")) {
                String collection = segments[i - 1];
                url.append(segment.equals("{party}") ? "RU" : validIds.getOrDefault(collection, "1"));
            } else if (op.method().equals("DELETE") && (fuzz.pathValue().equals("VALID")
                    || fuzz.pathValue().matches("\\d+"))) {
                url.append(9_000_000_000_000L + fuzz.cut());   // a delete must never hit a real record
            } else {
                url.append(fuzz.pathValue().equals("VALID") ? "424242" : fuzz.pathValue());
            }
        }
        if (fuzz.mutation() == Mutation.BAD_QUERY && !op.query().isEmpty()) {
            String name = op.query().get(fuzz.pick() % op.query().size());
            url.append('?').append(name).append('=').append(encode(String.valueOf(fuzz.badValue())));
            if (fuzz.cut() % 3 == 0) {
                url.append("&size=").append(fuzz.cut() % 2 == 0 ? "100000" : "-3").append("&page=-1");
            }
        }
        return url.toString();
    }

    private static String body(String base, Fuzz fuzz) {
        switch (fuzz.mutation()) {
            case MALFORMED_JSON -> {
                return switch (fuzz.pick() % 5) {
                    case 0 -> base.substring(0, Math.max(1, fuzz.cut() % base.length()));   // truncated
                    // a colon dropped; a body without one ("{}") gets an unclosed brace instead
                    case 1 -> base.contains(":") ? base.replaceFirst(":", "") : base + "{";
                    case 2 -> base + "}";
                    case 3 -> "{'single':'quotes'}";
                    default -> "";
                };
            }
            case OVERSIZED -> {
                return "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
            }
            case WRONG_CONTENT_TYPE, BAD_QUERY -> {
                return base;
            }
            default -> {
                ObjectNode node = (ObjectNode) JSON.readTree(base);
                ObjectNode target = node;
                if (fuzz.mutation() == Mutation.BAD_NESTED_FIELD) {
                    for (String list : List.of("claims", "participants", "parties")) {
                        if (node.get(list) instanceof ArrayNode array && !array.isEmpty()) {
                            target = (ObjectNode) array.get(0);
                        }
                    }
                }
                String field;
                if (fuzz.mutation() == Mutation.UNKNOWN_FIELD || target.isEmpty()) {
                    field = "unknown" + fuzz.pick();
                } else {
                    List<String> names = new ArrayList<>();
                    Iterator<String> it = target.propertyNames().iterator();
                    it.forEachRemaining(names::add);
                    field = names.get(fuzz.pick() % names.size());
                }
                target.set(field, JSON.valueToTree(fuzz.badValue()));
                return JSON.writeValueAsString(node);
            }
        }
    }

    private static boolean problemWithStatus(Api.Response response) {
        if (!response.isProblem()) {
            return false;
        }
        JsonNode problem = response.json();
        return problem.has("type") && problem.path("status").asInt() == response.status();
    }

    private static String signature() {
        return jdbc.sql("select (select coalesce(max(seq), 0) from change_log) || '/' || (select count(*) || ':'"
                        + " || coalesce(sum(version), 0) from party) || '/' || (select count(*) || ':'"
                        + " || coalesce(sum(version), 0) from source) || '/' || (select count(*) || ':'"
                        + " || coalesce(sum(version), 0) from track) || '/' || (select count(*) from strike) || '/'"
                        + " || (select count(*) from claim) || '/' || (select count(*) from idempotency_key)")
                .query(String.class).single();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
