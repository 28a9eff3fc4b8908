package org.conflictledger.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.conflictledger.support.OpenApiContract;
import org.conflictledger.support.Records;
import org.junit.jupiter.api.Test;

/**
 * A walk over every operation of the OpenAPI document with real records behind the path variables
 * (and, for each kind of answer the document promises, a request that gets it: 201, 204, 304, 400, 401,
 * 403, 404, 409, 412, CSV, GeoJSON), every answer checked against the document ({@link Api#checkingContract()}): its status,
 * content type and body (no undeclared field, type or null). An operation added later is walked too, with
 * its ids filled the same way.
 */
class OpenApiWalkIT extends IntegrationTest {

    private static final List<String> ORDER = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @Test
    void everyOperationAnswersAsTheDocumentSays() {
        OpenApiContract contract = OpenApiContract.of("http://localhost:" + port);
        api = api.checkingContract();
        String run = Long.toString(System.nanoTime(), 36);
        Records records = new Records(api);
        long source = records.source();
        long strike = records.strike(source, "Walk " + run);
        long claim = api.get("/api/v1/strikes/" + strike).json().get("claims").get(0).get("id").asLong();
        long ceasefire = records.ceasefire("Walk " + run);
        long transition = api.post("/api/v1/ceasefires/" + ceasefire + "/transitions",
                json("{'to':'AGREED','at':'2025-03-18T18:00:00Z'}")).json().get("history").get(1).get("id").asLong();
        long allegation = api.post("/api/v1/ceasefires/" + ceasefire + "/allegations",
                json("{'accuser':'RU','accused':'UA','at':'2025-03-20T00:00:00Z'}")).id();
        long negotiation = records.negotiation("Walk " + run);
        long track = api.post("/api/v1/tracks", json("{'name':'Walk " + run + "'}")).id();
        String party = ("W" + run).substring(0, 6).toUpperCase();
        api.post("/api/v1/parties", json("{'code':'" + party + "','name':'Walk party','kind':'OTHER'}"));
        long job = api.sendBytes("POST", "/api/v1/imports?format=ledger", "id\n".getBytes(StandardCharsets.UTF_8),
                "text/csv").id();

        Map<String, String> ids = new HashMap<>(Map.of("strikes", "" + strike, "claims", "" + claim,
                "ceasefires", "" + ceasefire, "transitions", "" + transition, "allegations", "" + allegation,
                "negotiations", "" + negotiation, "tracks", "" + track, "parties", party, "sources", "" + source,
                "imports", "" + job));
        Map<String, String> bodies = Map.ofEntries(
                Map.entry("/api/v1/parties", json("{'code':'" + party.substring(0, 5) + "X','name':'Walk','kind':'OTHER'}")),
                Map.entry("/api/v1/parties/{code}", json("{'code':'" + party + "','name':'Walk party','kind':'OTHER'}")),
                Map.entry("/api/v1/sources", json("{'publisher':'Walk','kind':'MEDIA','url':'https://example.org/walk/"
                        + run + "'}")),
                Map.entry("/api/v1/sources/{id}", json("{'publisher':'Walk','kind':'MEDIA'}")),
                Map.entry("/api/v1/strikes", Records.strikeBody(source, "Walk " + run, 10)),
                Map.entry("/api/v1/strikes/{id}", Records.strikeBody(source, "Walk " + run, 10)),
                Map.entry("/api/v1/strikes/{id}/claims", Records.claimBody(source, 12)),
                Map.entry("/api/v1/strikes/{id}/claims/{claimId}", Records.claimBody(source, 11)),
                Map.entry("/api/v1/ceasefires", Records.ceasefireBody("Walk " + run)),
                Map.entry("/api/v1/ceasefires/{id}", Records.ceasefireBody("Walk " + run)),
                Map.entry("/api/v1/ceasefires/{id}/transitions", json("{'to':'IN_FORCE','at':'2025-03-19T00:00:00Z'}")),
                Map.entry("/api/v1/ceasefires/{id}/parties/{party}", json("{'position':'ACCEPTED_WITH_CONDITIONS'}")),
                Map.entry("/api/v1/ceasefires/{ceasefireId}/allegations",
                        json("{'accuser':'UA','accused':'RU','at':'2025-03-21T00:00:00Z'}")),
                Map.entry("/api/v1/negotiations", Records.negotiationBody("Walk " + run)),
                Map.entry("/api/v1/negotiations/{id}", Records.negotiationBody("Walk " + run)),
                Map.entry("/api/v1/tracks", json("{'name':'Walk 2 " + run + "'}")),
                Map.entry("/api/v1/tracks/{id}", json("{'name':'Walk 3 " + run + "'}")),
                Map.entry("/api/v1/feeds", json("{'name':'Walk','url':'http://127.0.0.1:9/walk-" + run + ".xml'}")),
                Map.entry("/api/v1/feeds/{id}", json("{'name':'Walk','url':'http://127.0.0.1:9/walk-" + run + ".xml'}")));

        List<OpenApiContract.Operation> operations = new ArrayList<>(contract.operations());
        operations.sort(Comparator.comparingInt((OpenApiContract.Operation o) -> ORDER.indexOf(o.method()))
                .thenComparing(o -> -o.variables()));
        List<String> walked = new ArrayList<>();
        for (OpenApiContract.Operation operation : operations) {
            String url = url(operation.template(), ids);
            String method = operation.method();
            String body = switch (method) {
                case "POST", "PUT" -> bodies.getOrDefault(operation.template(), "{}");
                case "PATCH" -> "{}";
                default -> null;
            };
            String type = method.equals("PATCH") ? "application/merge-patch+json" : body == null ? null : "application/json";
            if (operation.template().equals("/api/v1/imports") && method.equals("POST")) {
                api.sendBytes("POST", url + "?format=ledger", "id\n".getBytes(StandardCharsets.UTF_8), "text/csv");
            } else {
                api.send(method, url, body, type);
            }
            walked.add(operation.name());
        }
        // the other kinds of answer the document promises
        String strikeUrl = "/api/v1/strikes/" + records.strike(source, "Walk more " + run);
        String etag = api.get(strikeUrl).header("ETag");
        assertThat(api.header("If-None-Match", etag).get(strikeUrl).status()).isEqualTo(304);
        assertThat(api.header("If-Match", "\"999999\"").send("PATCH", strikeUrl, "{}", "application/merge-patch+json")
                .status()).isEqualTo(412);
        // writes below an item are checked against the item's tag too, in every tagged collection
        String stale = "\"999999\"";
        assertThat(api.header("If-Match", stale).post(strikeUrl + "/claims", Records.claimBody(source, 13)).status())
                .isEqualTo(412);
        long feed = api.post("/api/v1/feeds", json("{'name':'Walk stale','url':'http://127.0.0.1:9/stale-" + run
                + ".xml'}")).id();
        assertThat(api.header("If-Match", stale).post("/api/v1/feeds/" + feed + "/disable", null).status())
                .isEqualTo(412);
        assertThat(api.anonymous().post("/api/v1/tracks", json("{'name':'x'}")).status()).isEqualTo(401);
        assertThat(api.as(Api.READER).post("/api/v1/tracks", json("{'name':'x'}")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/tracks", json("{'name':''}")).status()).isEqualTo(400);
        long moving = records.ceasefire("Walk moves " + run);
        assertThat(api.post("/api/v1/ceasefires/" + moving + "/transitions", json("{'to':'SUSPENDED',"
                + "'at':'2025-03-19T00:00:00Z'}")).status()).isEqualTo(409);
        assertThat(api.header("Accept", "text/csv").get("/api/v1/strikes?place=Walk%20more%20" + run).contentType())
                .startsWith("text/csv");
        assertThat(api.get("/api/v1/strikes?format=geojson").contentType()).startsWith("application/geo+json");
        assertThat(api.get("/api/v1/stats/strikes?format=csv").contentType()).startsWith("text/csv");
        assertThat(api.get("/api/v1/stats/strikes?groupBy=attacker&bucket=week").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/timeline?format=csv").contentType()).startsWith("text/csv");
        assertThat(api.get("/api/v1/timeline?size=5").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/ceasefires/" + moving + "/compliance").status()).isEqualTo(200);

        assertThat(contract.violations()).as("answers the document does not allow").isEmpty();
        assertThat(walked).hasSameSizeAs(contract.operations());
        assertThat(contract.checked()).as("every operation had an answer checked against the document")
                .containsAll(walked);
    }

    /** The template with real ids: each variable takes the id of the collection named before it. */
    private static String url(String template, Map<String, String> ids) {
        String[] segments = template.split("/");
        StringBuilder url = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            url.append('/');
            if (!segment.startsWith("{")) {
                url.append(segment);
            } else if (segment.equals("{collection}")) {
                url.append("strikes");
                segments[i] = "strikes";
            } else if (segment.equals("{party}")) {
                url.append("RU");
            } else {
                String collection = segment.equals("{ceasefireId}") ? "ceasefires" : segments[i - 1];
                url.append(ids.getOrDefault(collection, "424242"));
            }
        }
        return url.toString();
    }
}
