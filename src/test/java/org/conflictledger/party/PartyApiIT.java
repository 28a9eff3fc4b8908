package org.conflictledger.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class PartyApiIT extends IntegrationTest {

    @Test
    void preloadsTheMainStates() {
        for (String code : new String[] {"UA", "RU", "US", "GB", "FR"}) {
            assertThat(api.get("/api/v1/parties/" + code).json().get("kind").asString()).isEqualTo("STATE");
        }
    }

    @Test
    void createsReadsRenamesAndDeletesAParty() {
        Api.Response created = api.post("/api/v1/parties", json("{'code':'nato','name':'NATO','kind':'INTERNATIONAL_ORG'}"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("code").asString()).isEqualTo("NATO");
        assertThat(created.header("Location")).endsWith("/api/v1/parties/NATO");
        assertThat(api.get("/api/v1/parties?kind=INTERNATIONAL_ORG").json().get("items").toString()).contains("NATO");

        Api.Response renamed = api.put("/api/v1/parties/NATO",
                json("{'code':'NATO','name':'North Atlantic Treaty Organization','kind':'INTERNATIONAL_ORG'}"));
        assertThat(renamed.json().get("name").asString()).isEqualTo("North Atlantic Treaty Organization");
        assertThat(renamed.json().get("version").asLong()).isEqualTo(1);

        assertThat(api.delete("/api/v1/parties/NATO").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/parties/NATO").status()).isEqualTo(404);
    }

    @Test
    void answersADuplicateCodeWith409() {
        Api.Response duplicate = api.post("/api/v1/parties", json("{'code':'UA','name':'Ukraine','kind':'STATE'}"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.isProblem()).isTrue();
    }

    @Test
    void refusesToDeleteAPartyStillInUse() {
        api.post("/api/v1/parties", json("{'code':'USED','name':'Used','kind':'OTHER'}"));
        api.post("/api/v1/sources", json("{'publisher':'Used channel','kind':'GOVERNMENT','party':'USED'}"));
        Api.Response refused = api.delete("/api/v1/parties/USED");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/parties/USED").status()).isEqualTo(200);
    }

    @Test
    void validatesCodesNamesAndKinds() {
        Api.Response badCode = api.post("/api/v1/parties", json("{'code':'a b','name':'x','kind':'STATE'}"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body()).contains("\"field\":\"code\"");
        Api.Response badKind = api.post("/api/v1/parties", json("{'code':'QX','name':'x','kind':'EMPIRE'}"));
        assertThat(badKind.json().get("errors").get(0).get("allowed").toString()).contains("ARMED_GROUP");
        Api.Response noName = api.post("/api/v1/parties", json("{'code':'QX','kind':'STATE'}"));
        assertThat(noName.body()).contains("\"field\":\"name\"");
        Api.Response renameCode = api.put("/api/v1/parties/FR", json("{'code':'FX','name':'France','kind':'STATE'}"));
        assertThat(renameCode.status()).isEqualTo(400);
    }
}
