package org.conflictledger.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The list's filters, sorting and paging. Each test works on a track of its own (all ITs share one
 * database), so every query below also filters on that track.
 */
class NegotiationListIT extends IntegrationTest {

    private long track;
    private long call;
    private long jeddah;
    private long riyadh;
    private long petersburg;

    @BeforeEach
    void fourEvents() {
        track = Fixtures.track(api, Fixtures.unique("Spring 2025"));
        // created out of time order on purpose
        petersburg = Fixtures.event(api, track, "MEETING", "2025-04-11T12:00:00+03:00",
                ",'country':'RU','place':'St. Petersburg','topics':['CEASEFIRE','PEACE_SETTLEMENT'],"
                        + "'participants':[{'name':'Steve Witkoff','party':'US','capacity':'ENVOY'},"
                        + "{'name':'Vladimir Putin','party':'RU','capacity':'PRINCIPAL'}]");
        call = Fixtures.event(api, track, "PHONE_CALL", "2025-03-18T16:00:00Z",
                ",'topics':['CEASEFIRE','ENERGY','PRISONERS'],"
                        + "'participants':[{'name':'Donald Trump','party':'US','capacity':'PRINCIPAL'},"
                        + "{'name':'Vladimir Putin','party':'RU','capacity':'PRINCIPAL'}]");
        jeddah = Fixtures.event(api, track, "MEETING", "2025-03-11T12:00:00+03:00",
                ",'country':'SA','place':'Jeddah','topics':['CEASEFIRE','MINERALS'],"
                        + "'participants':[{'name':'Marco Rubio','party':'US','capacity':'PRINCIPAL'},"
                        + "{'name':'Andriy Yermak','party':'UA','capacity':'ENVOY'},"
                        + "{'name':'Faisal bin Farhan','capacity':'MEDIATOR'}]");
        riyadh = Fixtures.event(api, track, "TALKS_ROUND", "2025-03-24T09:00:00Z",
                ",'country':'SA','place':'Riyadh','topics':['CEASEFIRE'],"
                        + "'participants':[{'name':'Michael Anton','party':'US','capacity':'ENVOY'},"
                        + "{'name':'Grigory Karasin','party':'RU','capacity':'ENVOY'}]");
    }

    @Test
    void listsByOccurredAtByDefaultWithTotalAndPaging() {
        JsonNode page = list("");
        assertThat(ids(page)).containsExactly(jeddah, call, riyadh, petersburg);
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        // each item is the whole event, participants included
        assertThat(page.get("items").get(0).get("participants").size()).isEqualTo(3);
        assertThat(page.get("items").get(0).get("trackId").asLong()).isEqualTo(track);
    }

    @Test
    void pagesThroughTheList() {
        JsonNode first = list("&size=3&page=0");
        JsonNode second = list("&size=3&page=1");
        JsonNode beyond = list("&size=3&page=5");

        assertThat(ids(first)).containsExactly(jeddah, call, riyadh);
        assertThat(ids(second)).containsExactly(petersburg);
        assertThat(ids(beyond)).isEmpty();
        assertThat(second.get("total").asLong()).isEqualTo(4);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(3);
    }

    @Test
    void sortsDescendingEitherWay() {
        assertThat(ids(list("&sort=occurredAt,desc"))).containsExactly(petersburg, riyadh, call, jeddah);
        assertThat(ids(list("&sort=-occurredAt"))).containsExactly(petersburg, riyadh, call, jeddah);
    }

    @Test
    void sortsByKindAndById() {
        // MEETING < PHONE_CALL < TALKS_ROUND alphabetically; ties by id
        assertThat(ids(list("&sort=kind"))).containsExactly(Math.min(petersburg, jeddah),
                Math.max(petersburg, jeddah), call, riyadh);
        assertThat(ids(list("&sort=id"))).containsExactly(petersburg, call, jeddah, riyadh);
        assertThat(ids(list("&sort=id,desc"))).containsExactly(riyadh, jeddah, call, petersburg);
    }

    @Test
    void filtersOnATimeWindowFromInclusiveToExclusive() {
        // 2025-03-11T12:00+03:00 is 09:00Z: from is inclusive, to exclusive
        assertThat(ids(list("&from=2025-03-11T09:00:00Z&to=2025-03-24T09:00:00Z"))).containsExactly(jeddah, call);
        assertThat(ids(list("&from=2025-03-11T09:00:00.000001Z"))).containsExactly(call, riyadh, petersburg);
        assertThat(ids(list("&to=2025-03-18T16:00:00Z"))).containsExactly(jeddah);
        // an offset in the query, encoded or as the space an unencoded '+' becomes
        assertThat(ids(list("&from=2025-04-11T12:00:00%2B03:00"))).containsExactly(petersburg);
        assertThat(ids(list("&from=2025-04-11T12:00:00+03:00"))).containsExactly(petersburg);
    }

    @Test
    void filtersOnKind() {
        assertThat(ids(list("&kind=MEETING"))).containsExactly(jeddah, petersburg);
        assertThat(ids(list("&kind=WITHDRAWAL"))).isEmpty();
    }

    @Test
    void filtersOnTopic() {
        assertThat(ids(list("&topic=ENERGY"))).containsExactly(call);
        assertThat(ids(list("&topic=MINERALS"))).containsExactly(jeddah);
        assertThat(ids(list("&topic=CEASEFIRE"))).containsExactly(jeddah, call, riyadh, petersburg);
        assertThat(ids(list("&topic=TERRITORY"))).isEmpty();
    }

    @Test
    void filtersOnCountryIgnoringCase() {
        assertThat(ids(list("&country=SA"))).containsExactly(jeddah, riyadh);
        assertThat(ids(list("&country=ru"))).containsExactly(petersburg);
    }

    @Test
    void filtersOnAParticipantsNameOrParty() {
        assertThat(ids(list("&participant=putin"))).containsExactly(call, petersburg);
        assertThat(ids(list("&participant=Steve%20Witk"))).containsExactly(petersburg);
        assertThat(ids(list("&participant=UA"))).containsExactly(jeddah);
        // a party code or a part of a name: "ru" is Russia's code, and part of "Marco Rubio"
        assertThat(ids(list("&participant=ru"))).containsExactly(jeddah, call, riyadh, petersburg);
        assertThat(ids(list("&participant=RU&kind=TALKS_ROUND"))).containsExactly(riyadh);
        // LIKE wildcards are plain text
        assertThat(ids(list("&participant=%25"))).isEmpty();
        assertThat(ids(list("&participant=Nobody"))).isEmpty();
    }

    @Test
    void combinesFilters() {
        assertThat(ids(list("&kind=MEETING&participant=US&from=2025-04-01T00:00:00Z"))).containsExactly(petersburg);
        assertThat(ids(list("&country=SA&topic=MINERALS"))).containsExactly(jeddah);
    }

    @Test
    void filtersOnTrack() {
        long other = Fixtures.track(api, Fixtures.unique("Other track"));
        long elsewhere = Fixtures.event(api, other, "STATEMENT", "2025-03-20T12:00:00Z", "");

        assertThat(ids(api.get("/api/v1/negotiations?track=" + other).json())).containsExactly(elsewhere);
        assertThat(ids(list(""))).doesNotContain(elsewhere);
    }

    @Test
    void refusesBadListParameters() {
        assertRefused("&kind=DINNER", "kind");
        assertRefused("&topic=WEATHER", "topic");
        assertRefused("&from=yesterday", "from");
        assertRefused("&from=2025-04-01T00:00:00", "from");
        assertRefused("&from=2025-04-01T00:00:00Z&to=2025-03-01T00:00:00Z", "to");
        assertRefused("&sort=place", "sort");
        assertRefused("&sort=occurredAt,sideways", "sort");
        assertRefused("&size=501", "size");
        assertRefused("&size=0", "size");
        assertRefused("&page=-1", "page");
        assertRefused("&participant=" + "x".repeat(201), "participant");
        Api.Response badTrack = api.get("/api/v1/negotiations?track=abc");
        assertThat(badTrack.status()).isEqualTo(400);
        assertThat(badTrack.isProblem()).isTrue();
    }

    @Test
    void acceptsTheLargestPageSize() {
        JsonNode page = list("&size=500");
        assertThat(page.get("size").asInt()).isEqualTo(500);
        assertThat(ids(page)).hasSize(4);
    }

    private void assertRefused(String query, String field) {
        Api.Response response = api.get("/api/v1/negotiations?track=" + track + query);
        assertThat(response.status()).as(query + " -> " + response).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
    }

    private JsonNode list(String query) {
        Api.Response response = api.get("/api/v1/negotiations?track=" + track + query);
        assertThat(response.status()).as(query + " -> " + response).isEqualTo(200);
        return response.json();
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
