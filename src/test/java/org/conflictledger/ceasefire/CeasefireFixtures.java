package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.conflictledger.support.Api;
import tools.jackson.databind.JsonNode;

/** Helpers for the cease-fire end-to-end tests: fresh parties, and cease-fires in a given state. */
final class CeasefireFixtures {

    private CeasefireFixtures() {
    }

    /** A new party with a random code, so that filters in one test see only that test's data. */
    static String newParty(Api api) {
        String code = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36)
                .toUpperCase(Locale.ROOT);
        Api.Response created = api.as(Api.ADMIN).post("/api/v1/parties",
                Api.json("{'code':'" + code + "','name':'Test party " + code + "','kind':'ARMED_GROUP'}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    /** Creates a cease-fire; fails the test unless it is created. */
    static JsonNode create(Api api, String json) {
        Api.Response created = api.post("/api/v1/ceasefires", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** A COMPREHENSIVE cease-fire between two parties that both accepted, proposed at {@code proposedAt}. */
    static long ceasefireBetween(Api api, String a, String b, String proposedAt) {
        return create(api, Api.json("{'name':'Truce " + a + "-" + b + "','scope':'COMPREHENSIVE',"
                + "'parties':[{'party':'" + a + "','position':'PROPOSER'},{'party':'" + b + "','position':'ACCEPTED'}],"
                + "'proposedAt':'" + proposedAt + "'}")).get("id").asLong();
    }

    /** A cease-fire with no parties, proposed on 1 January 2025. */
    static long bareCeasefire(Api api) {
        return create(api, Api.json("{'name':'Bare truce','scope':'COMPREHENSIVE','proposedAt':'2025-01-01T00:00:00Z'}"))
                .get("id").asLong();
    }

    static Api.Response move(Api api, long id, String to, String at) {
        return api.post("/api/v1/ceasefires/" + id + "/transitions",
                Api.json("{'to':'" + to + "','at':'" + at + "'}"));
    }

    /** Moves a cease-fire through {@code statuses}, one day apart from 2 January 2025; fails unless each is 201. */
    static JsonNode walk(Api api, long id, String... statuses) {
        JsonNode last = null;
        int day = 2;
        for (String status : statuses) {
            Api.Response moved = move(api, id, status, String.format("2025-01-%02dT00:00:00Z", day++));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
            last = moved.json();
        }
        return last;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : array) {
            out.add(node.isNull() ? null : node.asString());
        }
        return out;
    }

    /** One text field of every object in an array (null where it is null). */
    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : array) {
            out.add(node.get(field).isNull() ? null : node.get(field).asString());
        }
        return out;
    }

    static List<Long> ids(JsonNode items) {
        List<Long> out = new ArrayList<>();
        for (JsonNode node : items) {
            out.add(node.get("id").asLong());
        }
        return out;
    }

    /** The field names of a validation problem's errors. */
    static List<String> errorFields(Api.Response response) {
        List<String> out = new ArrayList<>();
        JsonNode errors = response.json().get("errors");
        if (errors != null) {
            for (JsonNode error : errors) {
                out.add(error.get("field").asString());
            }
        }
        return out;
    }
}
