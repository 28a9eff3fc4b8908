package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The v2 evaluation's event matching: one to one, by kind and what tells events apart. */
class EventScoreTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode node(String singleQuoted) {
        return json.readTree(singleQuoted.replace('\'', '"'));
    }

    @Test
    void matchesStrikesByDirectionAndCountsTheRestAsMissedOrExtra() {
        EventScore score = new EventScore(json);
        score.add(node("{'events':[{'kind':'STRIKE','background':false,'attacker':'RU','target':'UA','date':'2025-06-14'},"
                        + "{'kind':'STRIKE','background':false,'attacker':'UA','target':'RU','date':'2025-06-14'},"
                        + "{'kind':'NEGOTIATION','background':false,'participants':[{'name':'Steve Witkoff','title':'envoy'}]}]}"),
                node("{'events':[{'kind':'STRIKE','background':false,'attacker':'UA','target':'RU','date':'2025-06-13'},"
                        + "{'kind':'STRIKE','background':false,'attacker':'RU','target':'UA','date':'2025-06-14'},"
                        + "{'kind':'CEASEFIRE','background':false,'matter':'PROPOSAL'}]}"));
        assertThat(score.gold).isEqualTo(3);
        assertThat(score.predicted).isEqualTo(3);
        assertThat(score.matched).isEqualTo(2);
        // matched by direction, not by order: one of the two dates is right
        assertThat(score.fields.get("date")).containsExactly(1, 2);
        assertThat(score.multiEventItems).isEqualTo(1);
    }

    @Test
    void readsAVersionOneLabelAsItsHeadlineEventAndMatchesPeopleBySurname() {
        EventScore score = new EventScore(json);
        score.add(node("{'relevant':true,'kind':'NEGOTIATION','date':null,'participants':['Witkoff','Vladimir Putin']}"),
                node("{'events':[{'kind':'NEGOTIATION','background':false,'participants':[{'name':'Steve Witkoff',"
                        + "'title':'US envoy'},{'name':'Vladimir Putin','title':'President'}]}]}"));
        assertThat(score.matched).isEqualTo(1);
        assertThat(score.fields.get("participants")).containsExactly(1, 1);
        assertThat(score.peopleFound).isEqualTo(2);
    }

    @Test
    void countsBackgroundEventsOnlyAgainstBackgroundLabels() {
        EventScore score = new EventScore(json);
        score.add(node("{'events':[{'kind':'STRIKE','background':true,'attacker':'RU','target':'UA'}]}"),
                node("{'events':[{'kind':'STRIKE','background':false,'attacker':'RU','target':'UA'}]}"));
        assertThat(score.matched).isZero();
        assertThat(score.predicted).isEqualTo(1);
        assertThat(score.goldBackground).isEqualTo(1);
        assertThat(score.matchedBackground).isZero();
    }

    @Test
    void givesNoTitleOfAnotherPersonCredit() {
        EventScore score = new EventScore(json);
        score.add(node("{'events':[{'kind':'NEGOTIATION','background':false,'participants':[{'name':'Steve Witkoff',"
                        + "'title':'envoy'},{'name':'Vladimir Putin','title':'President'}]}]}"),
                node("{'events':[{'kind':'NEGOTIATION','background':false,'participants':[{'name':'Steve Witkoff',"
                        + "'title':'President'},{'name':'Vladimir Putin','title':'President'}]}]}"));
        assertThat(score.titlesRight).isEqualTo(1);
        assertThat(score.titlesCrossed).isEqualTo(1);
    }
}
