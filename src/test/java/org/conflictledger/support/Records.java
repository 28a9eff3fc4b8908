package org.conflictledger.support;

import static org.conflictledger.support.Api.json;

import java.util.UUID;

/** Small valid records for tests that need something to change: each call makes a fresh one. */
public final class Records {

    private final Api api;

    public Records(Api api) {
        this.api = api;
    }

    public long source() {
        Api.Response created = api.as(Api.ADMIN).post("/api/v1/sources", json("{'publisher':'Fixture wire','kind':'MEDIA',"
                + "'url':'https://example.org/fixture/" + UUID.randomUUID() + "'}"));
        check(created);
        return created.id();
    }

    public static String strikeBody(long sourceId, String place, int launched) {
        return json("{'attacker':'RU','target':'UA','startedAt':'2025-03-02T01:00:00Z','endedAt':'2025-03-02T03:00:00Z',"
                + "'timePrecision':'HOUR','place':'" + place + "','region':'Odesa oblast','country':'UA',"
                + "'weaponCategory':'DRONE','targetCategories':['PORT'],"
                + "'claims':[" + claimBody(sourceId, launched) + "]}");
    }

    public static String claimBody(long sourceId, int launched) {
        return json("{'sourceId':" + sourceId + ",'reportedAt':'2025-03-02T06:00:00Z',"
                + "'launched':{'value':" + launched + ",'qualifier':'EXACT'}}");
    }

    public long strike(long sourceId, String place) {
        Api.Response created = api.post("/api/v1/strikes", strikeBody(sourceId, place, 10));
        check(created);
        return created.id();
    }

    public static String ceasefireBody(String name) {
        return json("{'name':'" + name + "','scope':'ENERGY_INFRASTRUCTURE','parties':[{'party':'RU','position':'ACCEPTED'},"
                + "{'party':'UA','position':'ACCEPTED'}],'proposedAt':'2025-03-18T00:00:00Z'}");
    }

    public long ceasefire(String name) {
        Api.Response created = api.post("/api/v1/ceasefires", ceasefireBody(name));
        check(created);
        return created.id();
    }

    public static String negotiationBody(String place) {
        return json("{'kind':'MEETING','occurredAt':'2025-04-11T12:00:00+03:00','timePrecision':'DAY','place':'" + place
                + "','participants':[{'name':'Steve Witkoff','party':'US','capacity':'ENVOY'}],'topics':['CEASEFIRE']}");
    }

    public long negotiation(String place) {
        Api.Response created = api.post("/api/v1/negotiations", negotiationBody(place));
        check(created);
        return created.id();
    }

    private static void check(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("fixture not created: " + response);
        }
    }
}
