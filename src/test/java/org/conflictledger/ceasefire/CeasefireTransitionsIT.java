package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ceasefire.CeasefireFixtures.bareCeasefire;
import static org.conflictledger.ceasefire.CeasefireFixtures.create;
import static org.conflictledger.ceasefire.CeasefireFixtures.errorFields;
import static org.conflictledger.ceasefire.CeasefireFixtures.move;
import static org.conflictledger.ceasefire.CeasefireFixtures.texts;
import static org.conflictledger.ceasefire.CeasefireFixtures.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The status machine through HTTP: every allowed and refused move, history order, undo, concurrency. */
class CeasefireTransitionsIT extends IntegrationTest {

    static final List<String> STATUSES = List.of("PROPOSED", "AGREED", "IN_FORCE", "SUSPENDED", "EXPIRED", "COLLAPSED",
            "REJECTED", "WITHDRAWN");

    /** The table of DOMAIN.md, written out independently of the code under test. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "PROPOSED", List.of("AGREED", "IN_FORCE", "REJECTED", "WITHDRAWN"),
            "AGREED", List.of("IN_FORCE", "COLLAPSED", "WITHDRAWN"),
            "IN_FORCE", List.of("SUSPENDED", "EXPIRED", "COLLAPSED"),
            "SUSPENDED", List.of("IN_FORCE", "EXPIRED", "COLLAPSED"),
            "EXPIRED", List.of(),
            "COLLAPSED", List.of(),
            "REJECTED", List.of(),
            "WITHDRAWN", List.of());

    /** A legal way to reach each status from PROPOSED. */
    static final Map<String, String[]> PATHS = Map.of(
            "PROPOSED", new String[] {},
            "AGREED", new String[] {"AGREED"},
            "IN_FORCE", new String[] {"IN_FORCE"},
            "SUSPENDED", new String[] {"IN_FORCE", "SUSPENDED"},
            "EXPIRED", new String[] {"IN_FORCE", "EXPIRED"},
            "COLLAPSED", new String[] {"AGREED", "COLLAPSED"},
            "REJECTED", new String[] {"REJECTED"},
            "WITHDRAWN", new String[] {"WITHDRAWN"});

    static Stream<Arguments> everyPairOfStatuses() {
        return STATUSES.stream().flatMap(from -> STATUSES.stream().map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStatuses")
    void allowsExactlyTheMovesOfTheStatusMachine(String from, String to) {
        long id = bareCeasefire(api);
        walk(api, id, PATHS.get(from));
        int before = api.get("/api/v1/ceasefires/" + id).json().get("history").size();

        Api.Response response = move(api, id, to, "2025-02-01T00:00:00Z");

        JsonNode after = api.get("/api/v1/ceasefires/" + id).json();
        if (ALLOWED.get(from).contains(to)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.json().get("status").asString()).isEqualTo(to);
            assertThat(after.get("status").asString()).isEqualTo(to);
            assertThat(after.get("history")).hasSize(before + 1);
            JsonNode entry = after.get("history").get(before);
            assertThat(entry.get("from").asString()).isEqualTo(from);
            assertThat(entry.get("to").asString()).isEqualTo(to);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.isProblem()).isTrue();
            JsonNode problem = response.json();
            assertThat(problem.get("type").asString()).isEqualTo("/problems/illegal-transition");
            assertThat(problem.get("currentStatus").asString()).isEqualTo(from);
            assertThat(texts(problem.get("allowed"))).containsExactlyElementsOf(ALLOWED.get(from));
            assertThat(problem.get("detail").asString()).contains(from);
            ALLOWED.get(from).forEach(allowed -> assertThat(problem.get("detail").asString()).contains(allowed));
            assertThat(after.get("status").asString()).isEqualTo(from);
            assertThat(after.get("history")).hasSize(before);
        }
    }

    @Test
    void walksProposedAgreedInForceExpiredIntoAFourEntryHistoryAndThenRefusesInForce() {
        long id = create(api, CeasefireApiIT.CONTRACT_EXAMPLE).get("id").asLong();

        Api.Response agreed = api.as(Api.ANALYST).post("/api/v1/ceasefires/" + id + "/transitions",
                Api.json("{'to':'AGREED','at':'2025-03-18T18:00:00Z','note':'phone call'}"));
        assertThat(agreed.status()).isEqualTo(201);
        assertThat(move(api, id, "IN_FORCE", "2025-03-18T20:00:00Z").status()).isEqualTo(201);
        Api.Response expired = move(api, id, "EXPIRED", "2025-04-17T00:00:00Z");
        assertThat(expired.status()).isEqualTo(201);

        JsonNode body = api.get("/api/v1/ceasefires/" + id).json();
        assertThat(body.get("status").asString()).isEqualTo("EXPIRED");
        JsonNode history = body.get("history");
        assertThat(history).hasSize(4);
        assertThat(texts(history, "to")).containsExactly("PROPOSED", "AGREED", "IN_FORCE", "EXPIRED");
        assertThat(texts(history, "from")).containsExactly(null, "PROPOSED", "AGREED", "IN_FORCE");
        assertThat(texts(history, "at")).containsExactly("2025-03-18T00:00:00Z", "2025-03-18T18:00:00Z",
                "2025-03-18T20:00:00Z", "2025-04-17T00:00:00Z");
        assertThat(history.get(1).get("note").asString()).isEqualTo("phone call");
        assertThat(history.get(1).get("author").asString()).isEqualTo("analyst");
        assertThat(history.get(2).get("author").asString()).isEqualTo("admin");
        assertThat(body.get("inForce")).hasSize(1);
        assertThat(body.get("inForce").get(0).get("from").asString()).isEqualTo("2025-03-18T20:00:00Z");
        assertThat(body.get("inForce").get(0).get("until").asString()).isEqualTo("2025-04-17T00:00:00Z");

        Api.Response refused = move(api, id, "IN_FORCE", "2025-04-18T00:00:00Z");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("currentStatus").asString()).isEqualTo("EXPIRED");
        assertThat(refused.json().get("allowed")).isEmpty();
        assertThat(refused.json().get("detail").asString()).contains("EXPIRED");
    }

    @Test
    void answersTheNewTransitionWithItsLocation() {
        long id = bareCeasefire(api);

        Api.Response moved = move(api, id, "AGREED", "2025-01-02T00:00:00Z");

        JsonNode entry = moved.json().get("history").get(1);
        assertThat(moved.header("Location")).endsWith("/api/v1/ceasefires/" + id + "/transitions/" + entry.get("id").asLong());
        Api.Response read = api.get(moved.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(entry);
    }

    @Test
    void refusesATransitionDatedBeforeTheLatestEntry() {
        long id = bareCeasefire(api);
        walk(api, id, "AGREED", "IN_FORCE");

        Api.Response refused = move(api, id, "SUSPENDED", "2025-01-02T12:00:00Z");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/history-out-of-order");
        assertThat(refused.json().get("latestAt").asString()).isEqualTo("2025-01-03T00:00:00Z");
        assertThat(api.get("/api/v1/ceasefires/" + id).json().get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(move(api, bareCeasefire(api), "AGREED", "2024-12-31T23:59:59Z").status()).isEqualTo(409);
    }

    @Test
    void acceptsATransitionAtTheSameInstantAsTheLatestEntry() {
        long id = bareCeasefire(api);

        assertThat(move(api, id, "IN_FORCE", "2025-01-01T00:00:00Z").status()).isEqualTo(201);
        assertThat(move(api, id, "SUSPENDED", "2025-01-01T02:00:00+02:00").status()).isEqualTo(201);
    }

    @Test
    void refusesAnUnknownTargetStatusListingTheAllowedValues() {
        long id = bareCeasefire(api);

        Api.Response refused = api.post("/api/v1/ceasefires/" + id + "/transitions",
                Api.json("{'to':'PAUSED','at':'2025-01-02T00:00:00Z'}"));

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("to");
        assertThat(texts(error.get("allowed"))).containsExactlyElementsOf(STATUSES);
    }

    @Test
    void refusesATransitionWithoutTargetOrDate() {
        long id = bareCeasefire(api);

        Api.Response refused = api.post("/api/v1/ceasefires/" + id + "/transitions", Api.json("{'note':'?'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("to", "at");
    }

    @Test
    void refusesAnUnknownSourceAndRecordsAKnownOne() {
        long id = bareCeasefire(api);
        Api.Response unknown = api.post("/api/v1/ceasefires/" + id + "/transitions",
                Api.json("{'to':'AGREED','at':'2025-01-02T00:00:00Z','sourceId':987654321}"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(errorFields(unknown)).containsExactly("sourceId");

        long source = api.post("/api/v1/sources", Api.json("{'publisher':'Kremlin','kind':'GOVERNMENT','party':'RU'}")).id();
        Api.Response known = api.post("/api/v1/ceasefires/" + id + "/transitions",
                Api.json("{'to':'AGREED','at':'2025-01-02T00:00:00Z','sourceId':" + source + ",'author':'ignored'}"));
        assertThat(known.status()).isEqualTo(201);
        JsonNode entry = known.json().get("history").get(1);
        assertThat(entry.get("sourceId").asLong()).isEqualTo(source);
        assertThat(entry.get("author").asString()).isEqualTo("admin");
        assertThat(entry.get("recordedAt").isNull()).isFalse();
    }

    @Test
    void answersNotFoundForATransitionOfAnUnknownCeasefire() {
        assertThat(move(api, 987654321L, "AGREED", "2025-01-02T00:00:00Z").status()).isEqualTo(404);
    }

    @Test
    void needsAKeyToMoveTheStatus() {
        long id = bareCeasefire(api);

        assertThat(move(api.anonymous(), id, "AGREED", "2025-01-02T00:00:00Z").status()).isEqualTo(401);
        assertThat(move(api.as(Api.READER), id, "AGREED", "2025-01-02T00:00:00Z").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/ceasefires/" + id).json().get("history")).hasSize(1);
    }

    @Test
    void deletingTheLatestTransitionRevertsTheStatus() {
        long id = bareCeasefire(api);
        JsonNode inForce = walk(api, id, "AGREED", "IN_FORCE");
        long latest = inForce.get("history").get(2).get("id").asLong();

        Api.Response undone = api.as(Api.ADMIN).delete("/api/v1/ceasefires/" + id + "/transitions/" + latest);

        assertThat(undone.status()).isEqualTo(204);
        JsonNode body = api.get("/api/v1/ceasefires/" + id).json();
        assertThat(body.get("status").asString()).isEqualTo("AGREED");
        assertThat(body.get("history")).hasSize(2);
        assertThat(body.get("inForce")).isEmpty();
        assertThat(api.get("/api/v1/ceasefires/" + id + "/transitions/" + latest).status()).isEqualTo(404);
        assertThat(move(api, id, "WITHDRAWN", "2025-01-04T00:00:00Z").status()).isEqualTo(201);
    }

    @Test
    void refusesDeletingAnEarlierTransitionOrTheCreationEntry() {
        long id = bareCeasefire(api);
        JsonNode body = walk(api, id, "AGREED", "IN_FORCE");
        long creation = body.get("history").get(0).get("id").asLong();
        long agreed = body.get("history").get(1).get("id").asLong();

        Api.Response earlier = api.delete("/api/v1/ceasefires/" + id + "/transitions/" + agreed);
        assertThat(earlier.status()).isEqualTo(409);
        assertThat(earlier.json().get("type").asString()).isEqualTo("/problems/history-entry-not-removable");

        Api.Response first = api.delete("/api/v1/ceasefires/" + id + "/transitions/" + creation);
        assertThat(first.status()).isEqualTo(409);
        assertThat(first.json().get("type").asString()).isEqualTo("/problems/history-entry-not-removable");

        assertThat(api.delete("/api/v1/ceasefires/" + id + "/transitions/987654321").status()).isEqualTo(404);
        long other = bareCeasefire(api);
        assertThat(api.delete("/api/v1/ceasefires/" + other + "/transitions/" + agreed).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/ceasefires/" + id).json().get("history")).hasSize(3);
    }

    @Test
    void needsAnAdminKeyToDeleteATransition() {
        long id = bareCeasefire(api);
        long latest = walk(api, id, "AGREED").get("history").get(1).get("id").asLong();

        assertThat(api.as(Api.ANALYST).delete("/api/v1/ceasefires/" + id + "/transitions/" + latest).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/ceasefires/" + id).json().get("status").asString()).isEqualTo("AGREED");
    }

    @Test
    void derivesInForceIntervalsAroundASuspension() {
        long id = bareCeasefire(api);
        move(api, id, "IN_FORCE", "2025-01-02T00:00:00Z");
        move(api, id, "SUSPENDED", "2025-01-05T00:00:00Z");
        JsonNode body = move(api, id, "IN_FORCE", "2025-01-07T00:00:00Z").json();

        JsonNode inForce = body.get("inForce");
        assertThat(inForce).hasSize(2);
        assertThat(inForce.get(0).get("from").asString()).isEqualTo("2025-01-02T00:00:00Z");
        assertThat(inForce.get(0).get("until").asString()).isEqualTo("2025-01-05T00:00:00Z");
        assertThat(inForce.get(1).get("from").asString()).isEqualTo("2025-01-07T00:00:00Z");
        assertThat(inForce.get(1).get("until").isNull()).isTrue();
        assertThat(inForce.get(1).propertyNames()).containsExactly("from", "until");
    }

    @Test
    void letsOnlyOneOfTwoRacingTransitionsWinAgainstTheSameStatus() throws Exception {
        long id = bareCeasefire(api);
        walk(api, id, "IN_FORCE");

        List<Api.Response> responses = race(12, i -> "SUSPENDED", id);

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.json().get("type").asString()).isEqualTo("/problems/illegal-transition"))
                .hasSize(11);
        JsonNode body = api.get("/api/v1/ceasefires/" + id).json();
        assertThat(body.get("history")).hasSize(3);
        assertThat(body.get("status").asString()).isEqualTo("SUSPENDED");
    }

    @Test
    void losesNoneOfManyConcurrentTransitions() throws Exception {
        long id = bareCeasefire(api);
        walk(api, id, "IN_FORCE");

        List<Api.Response> responses = race(50, i -> i % 2 == 0 ? "SUSPENDED" : "IN_FORCE", id);

        long won = responses.stream().filter(r -> r.status() == 201).count();
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.json().get("type").asString()).isEqualTo("/problems/illegal-transition"));
        assertThat(won).isPositive();
        JsonNode body = api.get("/api/v1/ceasefires/" + id).json();
        JsonNode history = body.get("history");
        assertThat(history).hasSize((int) (2 + won));
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).get("from").asString()).isEqualTo(history.get(i - 1).get("to").asString());
        }
        assertThat(body.get("status").asString()).isEqualTo(history.get(history.size() - 1).get("to").asString());
    }

    private List<Api.Response> race(int requests, IntFunction<String> target, long id)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String to = target.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return move(api, id, to, "2025-01-03T00:00:00Z");
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
