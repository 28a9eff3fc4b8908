package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ceasefire.CeasefireFixtures.ids;
import static org.conflictledger.ceasefire.CeasefireFixtures.texts;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The spring-2025 record of DOMAIN.md told through HTTP: the Jeddah proposal, the energy moratorium
 * (proposed, accepted by both sides, in force, accused of violations by both, expired), the Black
 * Sea arrangement and the Easter truce; then what the ledger answers about it.
 */
class Spring2025StoryIT extends IntegrationTest {

    @Autowired
    CeasefireCoverage coverage;

    @Test
    void recordsTheSpring2025CeasefiresAndAnswersWhatTheyCovered() {
        Api analyst = api.as(Api.ANALYST);
        long stateDepartment = source(analyst, "US Department of State", "US");
        long kremlin = source(analyst, "Kremlin", "RU");
        long russianMod = source(analyst, "Russian Ministry of Defence", "RU");
        long ukraine = source(analyst, "Office of the President of Ukraine", "UA");

        // 11 March, Jeddah: a 30-day general cease-fire, accepted by Ukraine, answered by Russia with conditions
        JsonNode jeddah = created(analyst.post("/api/v1/ceasefires", Api.json("{'name':'Jeddah 30-day cease-fire proposal',"
                + "'scope':'COMPREHENSIVE','duration':'P30D','proposedAt':'2025-03-11T17:00:00+03:00',"
                + "'parties':[{'party':'UA','position':'ACCEPTED','at':'2025-03-11T17:00:00+03:00'},"
                + "{'party':'RU','position':'ACCEPTED_WITH_CONDITIONS','conditions':'agreed in principle; questions on"
                + " monitoring, mobilisation and arms supplies','at':'2025-03-13T18:00:00+03:00'}],'mediators':['US']}")));
        assertThat(jeddah.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(jeddah.get("duration").asString()).isEqualTo("P30D");
        assertThat(jeddah.get("effectiveUntil").isNull()).isTrue();

        // 18 March, US-Russia call: a 30-day halt on strikes against energy infrastructure
        JsonNode moratorium = created(analyst.post("/api/v1/ceasefires", CeasefireApiIT.CONTRACT_EXAMPLE));
        long moratoriumId = moratorium.get("id").asLong();
        transition(analyst, moratoriumId, "AGREED", "2025-03-18T18:00:00Z", kremlin, "phone call");
        transition(analyst, moratoriumId, "IN_FORCE", "2025-03-18T18:00:00Z", kremlin, "ordered by the Kremlin");
        // 19 March: Ukraine agrees after its own call with the US
        Api.Response accepted = analyst.put("/api/v1/ceasefires/" + moratoriumId + "/parties/UA",
                Api.json("{'position':'ACCEPTED','at':'2025-03-19T16:00:00Z'}"));
        assertThat(accepted.status()).isEqualTo(200);

        // both sides accuse the other of breaking it
        allegation(analyst, moratoriumId, "UA", "RU", "2025-03-19T02:00:00Z", ukraine,
                "drones hit power infrastructure in Sloviansk hours after the call");
        allegation(analyst, moratoriumId, "RU", "UA", "2025-03-21T03:00:00Z", russianMod,
                "Sudzha gas metering station hit");
        allegation(analyst, moratoriumId, "RU", "UA", "2025-03-24T03:00:00Z", russianMod,
                "strikes on power lines in Bryansk region");

        // 25 March, Riyadh: a Black Sea arrangement, with Russian conditions attached
        long blackSea = created(analyst.post("/api/v1/ceasefires", Api.json("{'name':'Black Sea arrangement',"
                + "'scope':'MARITIME','proposedAt':'2025-03-25T18:00:00Z','mediators':['US'],"
                + "'parties':[{'party':'UA','position':'ACCEPTED'},{'party':'RU','position':'ACCEPTED_WITH_CONDITIONS',"
                + "'conditions':'reconnection of Rosselkhozbank to SWIFT'}]}"))).get("id").asLong();

        // 17 April: the moratorium runs out
        transition(analyst, moratoriumId, "EXPIRED", "2025-04-17T00:00:00Z", kremlin, "30 days elapsed");

        // 19-21 April: an Easter truce declared by Russia; Ukraine says it will mirror it
        JsonNode easter = created(analyst.post("/api/v1/ceasefires", Api.json("{'name':'Easter truce','scope':'HOLIDAY',"
                + "'proposedAt':'2025-04-19T15:00:00Z','effectiveFrom':'2025-04-19T18:00:00+03:00','duration':'PT30H',"
                + "'parties':[{'party':'RU','position':'PROPOSER'},{'party':'UA','position':'NO_RESPONSE'}]}")));
        long easterId = easter.get("id").asLong();
        assertThat(easter.get("effectiveUntil").asString()).isEqualTo("2025-04-20T21:00:00Z");
        transition(analyst, easterId, "IN_FORCE", "2025-04-19T15:00:00Z", kremlin, "unilateral declaration");

        // the moratorium as the ledger now tells it
        JsonNode record = api.anonymous().get("/api/v1/ceasefires/" + moratoriumId).json();
        assertThat(record.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(texts(record.get("history"), "to")).containsExactly("PROPOSED", "AGREED", "IN_FORCE", "EXPIRED");
        assertThat(record.get("history").get(1).get("sourceId").asLong()).isEqualTo(kremlin);
        assertThat(record.get("inForce")).hasSize(1);
        assertThat(record.get("inForce").get(0).get("from").asString()).isEqualTo("2025-03-18T18:00:00Z");
        assertThat(record.get("inForce").get(0).get("until").asString()).isEqualTo("2025-04-17T00:00:00Z");
        assertThat(texts(record.get("parties"), "position")).containsExactly("ACCEPTED", "ACCEPTED");
        assertThat(record.get("allegations").asLong()).isEqualTo(3);

        String allegations = "/api/v1/ceasefires/" + moratoriumId + "/allegations";
        assertThat(api.anonymous().get(allegations + "?accuser=RU").json().get("total").asLong()).isEqualTo(2);
        assertThat(texts(api.anonymous().get(allegations + "?accused=RU").json().get("items"), "summary"))
                .containsExactly("drones hit power infrastructure in Sloviansk hours after the call");

        // the cease-fires that involved Russia in spring 2025, and the ones still pending
        JsonNode spring = api.anonymous().get("/api/v1/ceasefires?party=RU&from=2025-03-01T00:00:00Z"
                + "&to=2025-05-01T00:00:00Z&size=500").json();
        assertThat(ids(spring.get("items"))).contains(jeddah.get("id").asLong(), moratoriumId, blackSea, easterId);
        assertThat(ids(api.anonymous().get("/api/v1/ceasefires?party=RU&scope=MARITIME&status=PROPOSED&size=500")
                .json().get("items"))).contains(blackSea).doesNotContain(moratoriumId);
        assertThat(ids(api.anonymous().get("/api/v1/ceasefires?party=RU&from=2025-04-18T00:00:00Z&size=500")
                .json().get("items"))).contains(jeddah.get("id").asLong(), blackSea, easterId).doesNotContain(moratoriumId);

        // did the moratorium cover a Russian drone strike on Ukrainian energy? and a port? and after it ended?
        assertThat(covering(strike("RU", "UA", "2025-03-19T20:00:00Z", "2025-03-20T04:00:00Z", "ENERGY")))
                .contains(new CoveringCeasefire(moratoriumId, "Energy infrastructure moratorium", Certainty.CERTAIN));
        assertThat(covering(strike("UA", "RU", "2025-03-21T01:00:00Z", "2025-03-21T03:00:00Z", "ENERGY")))
                .contains(new CoveringCeasefire(moratoriumId, "Energy infrastructure moratorium", Certainty.CERTAIN));
        assertThat(covering(strike("RU", "UA", "2025-03-18T16:00:00Z", "2025-03-18T20:00:00Z", "ENERGY")))
                .contains(new CoveringCeasefire(moratoriumId, "Energy infrastructure moratorium", Certainty.POSSIBLE));
        assertThat(coveringIds(covering(strike("RU", "UA", "2025-03-26T01:00:00Z", "2025-03-26T03:00:00Z", "PORT"))))
                .doesNotContain(moratoriumId, blackSea);
        assertThat(coveringIds(covering(strike("RU", "UA", "2025-04-18T01:00:00Z", "2025-04-18T03:00:00Z", "ENERGY"))))
                .doesNotContain(moratoriumId);

        // the Easter truce covers nothing while Ukraine has not answered, and everything once it mirrors it
        StrikeFacts easterNight = strike("RU", "UA", "2025-04-20T01:00:00Z", "2025-04-20T02:00:00Z", "RESIDENTIAL");
        assertThat(coveringIds(covering(easterNight))).doesNotContain(easterId);
        analyst.put("/api/v1/ceasefires/" + easterId + "/parties/UA",
                Api.json("{'position':'ACCEPTED','conditions':'mirror the Russian truce','at':'2025-04-19T17:00:00Z'}"));
        assertThat(covering(easterNight)).contains(new CoveringCeasefire(easterId, "Easter truce", Certainty.CERTAIN));
        transition(analyst, easterId, "EXPIRED", "2025-04-20T21:00:00Z", kremlin, null);
        assertThat(coveringIds(covering(strike("RU", "UA", "2025-04-20T21:00:00Z", "2025-04-20T23:00:00Z", "RESIDENTIAL"))))
                .doesNotContain(easterId);
        assertThat(coverage.inForceIntervals(easterId)).containsExactly(new InForceInterval(
                Instant.parse("2025-04-19T15:00:00Z"), Instant.parse("2025-04-20T21:00:00Z")));
    }

    private List<CoveringCeasefire> covering(StrikeFacts strike) {
        return coverage.covering(strike);
    }

    private static List<Long> coveringIds(List<CoveringCeasefire> covering) {
        return covering.stream().map(CoveringCeasefire::id).toList();
    }

    private static StrikeFacts strike(String attacker, String target, String start, String end, String category) {
        return new StrikeFacts(null, attacker, target, Instant.parse(start), Instant.parse(end), null, null,
                Set.of(category));
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static long source(Api api, String publisher, String party) {
        return created(api.post("/api/v1/sources", Api.json("{'publisher':'" + publisher + "','kind':'GOVERNMENT',"
                + "'party':'" + party + "'}"))).get("id").asLong();
    }

    private static void transition(Api api, long id, String to, String at, long source, String note) {
        created(api.post("/api/v1/ceasefires/" + id + "/transitions", Api.json("{'to':'" + to + "','at':'" + at
                + "','sourceId':" + source + (note == null ? "" : ",'note':'" + note + "'") + "}")));
    }

    private static void allegation(Api api, long id, String accuser, String accused, String at, long source,
            String summary) {
        created(api.post("/api/v1/ceasefires/" + id + "/allegations", Api.json("{'accuser':'" + accuser + "','accused':'"
                + accused + "','at':'" + at + "','sourceId':" + source + ",'summary':'" + summary + "'}")));
    }
}
