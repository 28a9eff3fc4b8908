package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ceasefire.CeasefireFixtures.create;
import static org.conflictledger.ceasefire.CeasefireFixtures.errorFields;
import static org.conflictledger.ceasefire.CeasefireFixtures.texts;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Setting, changing and removing one party's position on a cease-fire. */
class CeasefirePartiesIT extends IntegrationTest {

    private long moratorium() {
        return create(api, CeasefireApiIT.CONTRACT_EXAMPLE).get("id").asLong();
    }

    private static JsonNode position(JsonNode ceasefire, String party) {
        for (JsonNode entry : ceasefire.get("parties")) {
            if (entry.get("party").asString().equals(party)) {
                return entry;
            }
        }
        return null;
    }

    @Test
    void addsAPartyWithItsPositionConditionsAndDate() {
        long id = moratorium();

        Api.Response set = api.as(Api.ANALYST).put("/api/v1/ceasefires/" + id + "/parties/gb",
                Api.json("{'position':'ACCEPTED_WITH_CONDITIONS','conditions':'European monitors','at':'2025-03-20T10:00:00+01:00'}"));

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(texts(set.json().get("parties"), "party")).containsExactly("GB", "RU", "UA");
        JsonNode gb = position(set.json(), "GB");
        assertThat(gb.get("position").asString()).isEqualTo("ACCEPTED_WITH_CONDITIONS");
        assertThat(gb.get("conditions").asString()).isEqualTo("European monitors");
        assertThat(gb.get("at").asString()).isEqualTo("2025-03-20T09:00:00Z");
        assertThat(set.json().get("version").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/ceasefires/" + id).json()).isEqualTo(set.json());
    }

    @Test
    void changesAnExistingPosition() {
        long id = moratorium();

        JsonNode body = api.put("/api/v1/ceasefires/" + id + "/parties/UA",
                Api.json("{'party':'UA','position':'REJECTED'}")).json();

        JsonNode ua = position(body, "UA");
        assertThat(ua.get("position").asString()).isEqualTo("REJECTED");
        assertThat(ua.get("conditions").isNull()).isTrue();
        assertThat(body.get("parties")).hasSize(2);
        assertThat(position(body, "RU").get("position").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void refusesAnUnknownPartyOrPosition() {
        long id = moratorium();

        Api.Response party = api.put("/api/v1/ceasefires/" + id + "/parties/XX", Api.json("{'position':'ACCEPTED'}"));
        assertThat(party.status()).isEqualTo(400);
        assertThat(errorFields(party)).containsExactly("party");

        Api.Response position = api.put("/api/v1/ceasefires/" + id + "/parties/UA", Api.json("{'position':'PERHAPS'}"));
        assertThat(position.status()).isEqualTo(400);
        assertThat(texts(position.json().get("errors").get(0).get("allowed"))).contains("ACCEPTED", "NO_RESPONSE");

        Api.Response missing = api.put("/api/v1/ceasefires/" + id + "/parties/UA", Api.json("{'conditions':'none'}"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(errorFields(missing)).containsExactly("position");

        assertThat(api.put("/api/v1/ceasefires/987654321/parties/UA", Api.json("{'position':'ACCEPTED'}")).status())
                .isEqualTo(404);
    }

    @Test
    void removesAParty() {
        long id = moratorium();

        assertThat(api.as(Api.ADMIN).delete("/api/v1/ceasefires/" + id + "/parties/ru").status()).isEqualTo(204);

        JsonNode body = api.get("/api/v1/ceasefires/" + id).json();
        assertThat(texts(body.get("parties"), "party")).containsExactly("UA");
        Api.Response again = api.delete("/api/v1/ceasefires/" + id + "/parties/RU");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void needsAnAnalystKeyToSetAndAnAdminKeyToRemove() {
        long id = moratorium();

        assertThat(api.anonymous().put("/api/v1/ceasefires/" + id + "/parties/GB", Api.json("{'position':'ACCEPTED'}"))
                .status()).isEqualTo(401);
        assertThat(api.as(Api.READER).put("/api/v1/ceasefires/" + id + "/parties/GB", Api.json("{'position':'ACCEPTED'}"))
                .status()).isEqualTo(403);
        assertThat(api.as(Api.ANALYST).delete("/api/v1/ceasefires/" + id + "/parties/RU").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/ceasefires/" + id).json().get("parties")).hasSize(2);
    }
}
