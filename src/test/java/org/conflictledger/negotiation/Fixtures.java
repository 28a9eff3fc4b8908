package org.conflictledger.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.conflictledger.support.Api;

/** Small builders for negotiation tests; names are made unique because all ITs share one database. */
final class Fixtures {

    private Fixtures() {
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long track(Api api, String name) {
        Api.Response created = api.post("/api/v1/tracks", Api.json("{'name':'" + name + "'}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    static long source(Api api, String publisher) {
        Api.Response created = api.post("/api/v1/sources", Api.json("{'publisher':'" + publisher
                + "','kind':'MEDIA','url':'https://example.org/" + UUID.randomUUID() + "'}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    /** Posts an event (single-quoted JSON) and returns its id, failing on anything but 201. */
    static long event(Api api, String singleQuotedJson) {
        Api.Response created = api.post("/api/v1/negotiations", Api.json(singleQuotedJson));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    /** The smallest valid event on a track at a time, with extra fields (single-quoted, leading comma). */
    static long event(Api api, long track, String kind, String occurredAt, String extra) {
        return event(api, "{'kind':'" + kind + "','trackId':" + track + ",'occurredAt':'" + occurredAt
                + "','timePrecision':'DAY'" + extra + "}");
    }
}
