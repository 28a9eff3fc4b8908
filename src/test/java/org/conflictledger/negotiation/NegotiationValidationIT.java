package org.conflictledger.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Every way a negotiation event can be refused: 400 problem+json naming the field, nothing stored. */
class NegotiationValidationIT extends IntegrationTest {

    private static final String VALID = "'kind':'MEETING','occurredAt':'2025-04-11T12:00:00+03:00','timePrecision':'DAY'";

    @Test
    void refusesAnUnknownKindListingTheAllowedValues() {
        JsonNode problem = refused("{'kind':'DINNER','occurredAt':'2025-04-11T12:00:00Z','timePrecision':'DAY'}",
                "kind");
        assertThat(error(problem, "kind").get("allowed").valueStream().map(JsonNode::asString))
                .containsExactly("MEETING", "PHONE_CALL", "TALKS_ROUND", "STATEMENT", "PROPOSAL", "DRAFT_EXCHANGED",
                        "AGREEMENT_SIGNED", "WITHDRAWAL");
    }

    @Test
    void refusesUnknownValuesOfEveryOtherEnum() {
        assertThat(allowed(refused("{" + VALID.replace("'DAY'", "'SEASON'") + "}", "timePrecision"), "timePrecision"))
                .contains("MINUTE", "MONTH");
        assertThat(allowed(refused("{" + VALID + ",'duration':{'minutes':60,'qualifier':'ROUGHLY'}}",
                "duration.qualifier"), "duration.qualifier")).contains("EXACT", "MORE_THAN", "ABOUT");
        assertThat(allowed(refused("{" + VALID + ",'participants':[{'name':'A','capacity':'HOST'}]}",
                "participants[0].capacity"), "participants[0].capacity")).contains("PRINCIPAL", "SPEAKER");
        assertThat(allowed(refused("{" + VALID + ",'topics':['CEASEFIRE','WEATHER']}", "topics[1]"), "topics[1]"))
                .contains("PEACEKEEPING", "OTHER");
        assertThat(allowed(refused("{" + VALID + ",'tone':'HOSTILE'}", "tone"), "tone"))
                .containsExactly("CONSTRUCTIVE", "NEUTRAL", "ANTAGONISTIC", "UNKNOWN");
    }

    @Test
    void refusesAnUnknownFieldNamingIt() {
        refused("{" + VALID + ",'venue':'Kremlin'}", "venue");
        refused("{" + VALID + ",'participants':[{'name':'A','capacity':'ENVOY','role':'x'}]}",
                "participants[0].role");
    }

    @Test
    void refusesMissingRequiredFields() {
        JsonNode problem = refused("{'place':'Riyadh'}", "kind");
        assertThat(fields(problem)).contains("kind", "occurredAt", "timePrecision");
        refused("{" + VALID + ",'participants':[{'name':'Marco Rubio'}]}", "participants[0].capacity");
        // a participant may be unnamed ("Russia's foreign minister"), but needs a name, a title or a party
        refused("{" + VALID + ",'participants':[{'name':'  ','capacity':'ENVOY'}]}", "participants[0].identified");
        refused("{" + VALID + ",'participants':[null]}", "participants[0]");
        refused("{" + VALID + ",'quotes':[{'speaker':'Peskov'}]}", "quotes[0].text");
        refused("{" + VALID + ",'duration':{'qualifier':'EXACT'}}", "duration.minutes");
        refused("{" + VALID + ",'duration':{'minutes':30}}", "duration.qualifier");
    }

    @Test
    void acceptsAnUnnamedParticipantKnownByTitleAndParty() {
        Api.Response created = api.post("/api/v1/negotiations", Api.json("{" + VALID + ",'participants':[{'title':"
                + "'foreign minister','party':'RU','capacity':'PRINCIPAL'}]}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode participant = created.json().get("participants").get(0);
        assertThat(participant.get("name").isNull()).isTrue();
        assertThat(participant.get("title").asString()).isEqualTo("foreign minister");
        assertThat(participant.has("identified")).isFalse();
    }

    @Test
    void refusesBadDates() {
        refused("{'kind':'MEETING','occurredAt':'11/04/2025','timePrecision':'DAY'}", "occurredAt");
        refused("{'kind':'MEETING','occurredAt':'2025-04-11T12:00:00','timePrecision':'DAY'}", "occurredAt");
        refused("{'kind':'MEETING','occurredAt':'2025-02-30T12:00:00Z','timePrecision':'DAY'}", "occurredAt");
        refused("{'kind':'MEETING','occurredAt':'3025-04-11T12:00:00Z','timePrecision':'DAY'}", "occurredAt");
    }

    @Test
    void refusesAnUnknownPartyNamingTheParticipant() {
        JsonNode problem = refused("{" + VALID + ",'participants':[{'name':'Steve Witkoff','party':'US',"
                + "'capacity':'ENVOY'},{'name':'Someone','party':'XYZ','capacity':'OBSERVER'}]}", "participants[1].party");
        assertThat(problem.get("detail").asString()).contains("XYZ");
    }

    @Test
    void refusesUnknownTrackSourceAndCeasefire() {
        assertThat(refused("{" + VALID + ",'trackId':987654321}", "trackId").get("detail").asString())
                .contains("987654321");
        refused("{" + VALID + ",'trackId':'987654321'}", "trackId");
        long source = Fixtures.source(api, "Reuters");
        refused("{" + VALID + ",'sourceIds':[" + source + ",987654321]}", "sourceIds[1]");
        refused("{" + VALID + ",'ceasefireId':987654321}", "ceasefireId");
    }

    @Test
    void refusesIdsThatAreNotWholeNumbers() {
        refused("{" + VALID + ",'trackId':'twelve'}", "trackId");
        refused("{" + VALID + ",'trackId':1.5}", "trackId");
        refused("{" + VALID + ",'trackId':true}", "trackId");
        refused("{" + VALID + ",'sourceIds':['1a']}", "sourceIds[0]");
        refused("{" + VALID + ",'ceasefireId':99999999999999999999999}", "ceasefireId");
    }

    @Test
    void refusesNegativeFractionalAndAbsurdDurations() {
        refused("{" + VALID + ",'duration':{'minutes':-1,'qualifier':'EXACT'}}", "duration.minutes");
        refused("{" + VALID + ",'duration':{'minutes':90.5,'qualifier':'EXACT'}}", "duration.minutes");
        refused("{" + VALID + ",'duration':{'minutes':525601,'qualifier':'AT_LEAST'}}", "duration.minutes");
        refused("{" + VALID + ",'duration':{'minutes':99999999999999999999999,'qualifier':'EXACT'}}",
                "duration.minutes");
        refused("{" + VALID + ",'duration':{'minutes':'240','qualifier':'EXACT'}}", "duration.minutes");
    }

    @Test
    void acceptsTheLongestSaneDuration() {
        Api.Response created = api.post("/api/v1/negotiations",
                Api.json("{" + VALID + ",'duration':{'minutes':525600,'qualifier':'AT_MOST'}}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void refusesOversizeStringsAndLists() {
        refused("{" + VALID + ",'title':'" + "x".repeat(501) + "'}", "title");
        refused("{" + VALID + ",'place':'" + "x".repeat(301) + "'}", "place");
        refused("{" + VALID + ",'outcome':'" + "x".repeat(4001) + "'}", "outcome");
        refused("{" + VALID + ",'participants':[{'name':'" + "x".repeat(201) + "','capacity':'ENVOY'}]}",
                "participants[0].name");
        refused("{" + VALID + ",'participants':[{'name':'A','title':'" + "x".repeat(301) + "','capacity':'ENVOY'}]}",
                "participants[0].title");
        refused("{" + VALID + ",'quotes':[{'text':'" + "x".repeat(4001) + "'}]}", "quotes[0].text");
        refused("{" + VALID + ",'quotes':[{'speaker':'" + "x".repeat(201) + "','text':'t'}]}", "quotes[0].speaker");
        String many = ",{'name':'A','capacity':'OBSERVER'}".repeat(101).substring(1);
        refused("{" + VALID + ",'participants':[" + many + "]}", "participants");
    }

    @Test
    void refusesACountryThatIsNotAnAlpha2Code() {
        refused("{" + VALID + ",'country':'Russia'}", "country");
        refused("{" + VALID + ",'country':'XX'}", "country");
    }

    @Test
    void refusesMalformedJson() {
        Api.Response response = api.post("/api/v1/negotiations", "{\"kind\":\"MEETING\",");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/malformed-json");
    }

    @Test
    void storesNothingWhenRefused() {
        long track = Fixtures.track(api, Fixtures.unique("Refusals"));
        refused("{" + VALID + ",'trackId':" + track + ",'participants':[{'name':'A','party':'QQ','capacity':'ENVOY'}]}",
                "participants[0].party");
        refused("{" + VALID + ",'trackId':" + track + ",'sourceIds':[987654321]}", "sourceIds[0]");

        assertThat(api.get("/api/v1/negotiations?track=" + track).json().get("total").asLong()).isZero();
    }

    @Test
    void updateIsValidatedLikeCreate() {
        long id = Fixtures.event(api, "{" + VALID + "}");
        Api.Response response = api.put("/api/v1/negotiations/" + id,
                Api.json("{" + VALID + ",'participants':[{'name':'A','party':'ZZ','capacity':'ENVOY'}]}"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json())).contains("participants[0].party");
        assertThat(api.get("/api/v1/negotiations/" + id).json().get("version").asLong()).isZero();
    }

    private JsonNode refused(String singleQuotedJson, String field) {
        Api.Response response = api.post("/api/v1/negotiations", Api.json(singleQuotedJson));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/validation");
        assertThat(fields(problem)).as(response.toString()).contains(field);
        return problem;
    }

    private static java.util.List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static JsonNode error(JsonNode problem, String field) {
        return problem.get("errors").valueStream().filter(e -> e.get("field").asString().equals(field)).findFirst()
                .orElseThrow();
    }

    private static java.util.List<String> allowed(JsonNode problem, String field) {
        return error(problem, field).get("allowed").valueStream().map(JsonNode::asString).toList();
    }
}
