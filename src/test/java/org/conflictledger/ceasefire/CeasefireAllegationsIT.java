package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ceasefire.CeasefireFixtures.create;
import static org.conflictledger.ceasefire.CeasefireFixtures.errorFields;
import static org.conflictledger.ceasefire.CeasefireFixtures.ids;

import java.time.OffsetDateTime;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Alleged violations of a cease-fire: recorded, listed, read and deleted through HTTP. */
class CeasefireAllegationsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private long moratorium() {
        return create(api, CeasefireApiIT.CONTRACT_EXAMPLE).get("id").asLong();
    }

    /** A strike row written directly: the strike feature's code is not this feature's business. */
    private long strike() {
        OffsetDateTime at = OffsetDateTime.parse("2025-03-21T02:00:00Z");
        return jdbc.sql("insert into strike (attacker, target, started_at, ended_at, time_precision, geo_precision,"
                        + " weapon_category, target_categories) values ('UA', 'RU', ?, ?, 'HOUR', 'TOWN', 'DRONE',"
                        + " array['ENERGY']) returning id")
                .params(at, at).query(Long.class).single();
    }

    private long source(String publisher, String party) {
        return api.post("/api/v1/sources", Api.json("{'publisher':'" + publisher + "','kind':'GOVERNMENT','party':'"
                + party + "'}")).id();
    }

    private String allegation(String accuser, String accused, String at) {
        return Api.json("{'accuser':'" + accuser + "','accused':'" + accused + "','at':'" + at + "'}");
    }

    @Test
    void recordsAnAllegationWithItsSourceAndStrike() {
        long id = moratorium();
        long strike = strike();
        long source = source("Russian Ministry of Defence", "RU");

        Api.Response created = api.as(Api.ANALYST).post("/api/v1/ceasefires/" + id + "/allegations", Api.json(
                "{'accuser':'RU','accused':'ua','at':'2025-03-21T05:00:00+03:00','sourceId':" + source + ",'strikeId':"
                        + strike + ",'summary':'Sudzha gas metering station hit','id':42,'ceasefireId':1}"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        long allegation = body.get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/ceasefires/" + id + "/allegations/" + allegation);
        assertThat(body.get("ceasefireId").asLong()).isEqualTo(id);
        assertThat(body.get("accuser").asString()).isEqualTo("RU");
        assertThat(body.get("accused").asString()).isEqualTo("UA");
        assertThat(body.get("at").asString()).isEqualTo("2025-03-21T02:00:00Z");
        assertThat(body.get("sourceId").asLong()).isEqualTo(source);
        assertThat(body.get("strikeId").asLong()).isEqualTo(strike);
        assertThat(body.get("summary").asString()).isEqualTo("Sudzha gas metering station hit");
        assertThat(body.get("createdAt").isNull()).isFalse();
        assertThat(api.anonymous().get("/api/v1/ceasefires/" + id + "/allegations/" + allegation).json()).isEqualTo(body);
        assertThat(api.get("/api/v1/ceasefires/" + id).json().get("allegations").asLong()).isEqualTo(1);
    }

    @Test
    void listsAllegationsByAccuserAndAccusedInDateOrder() {
        long id = moratorium();
        long second = api.post("/api/v1/ceasefires/" + id + "/allegations", allegation("RU", "UA", "2025-03-21T00:00:00Z")).id();
        long first = api.post("/api/v1/ceasefires/" + id + "/allegations", allegation("UA", "RU", "2025-03-19T00:00:00Z")).id();
        long third = api.post("/api/v1/ceasefires/" + id + "/allegations", allegation("UA", "RU", "2025-03-24T00:00:00Z")).id();
        api.post("/api/v1/ceasefires/" + moratorium() + "/allegations", allegation("UA", "RU", "2025-03-20T00:00:00Z"));
        String base = "/api/v1/ceasefires/" + id + "/allegations";

        JsonNode all = api.get(base).json();
        assertThat(ids(all.get("items"))).containsExactly(first, second, third);
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(ids(api.get(base + "?accuser=UA").json().get("items"))).containsExactly(first, third);
        assertThat(ids(api.get(base + "?accused=UA").json().get("items"))).containsExactly(second);
        assertThat(ids(api.get(base + "?accuser=ua&sort=-at").json().get("items"))).containsExactly(third, first);
        assertThat(ids(api.get(base + "?from=2025-03-20T00:00:00Z&to=2025-03-24T00:00:00Z").json().get("items")))
                .containsExactly(second);
        JsonNode page = api.get(base + "?size=2&page=1").json();
        assertThat(ids(page.get("items"))).containsExactly(third);
        assertThat(page.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void refusesUnknownPartiesSourcesAndStrikesNamingTheField() {
        long id = moratorium();
        String path = "/api/v1/ceasefires/" + id + "/allegations";

        Api.Response accuser = api.post(path, allegation("XX", "UA", "2025-03-21T00:00:00Z"));
        assertThat(accuser.status()).isEqualTo(400);
        assertThat(errorFields(accuser)).containsExactly("accuser");

        Api.Response accused = api.post(path, allegation("RU", "YY", "2025-03-21T00:00:00Z"));
        assertThat(accused.status()).isEqualTo(400);
        assertThat(errorFields(accused)).containsExactly("accused");

        Api.Response strike = api.post(path, Api.json("{'accuser':'RU','accused':'UA','at':'2025-03-21T00:00:00Z',"
                + "'strikeId':987654321}"));
        assertThat(strike.status()).isEqualTo(400);
        assertThat(errorFields(strike)).containsExactly("strikeId");

        Api.Response source = api.post(path, Api.json("{'accuser':'RU','accused':'UA','at':'2025-03-21T00:00:00Z',"
                + "'sourceId':987654321}"));
        assertThat(source.status()).isEqualTo(400);
        assertThat(errorFields(source)).containsExactly("sourceId");

        Api.Response self = api.post(path, allegation("RU", "RU", "2025-03-21T00:00:00Z"));
        assertThat(self.status()).isEqualTo(400);
        assertThat(errorFields(self)).containsExactly("accused");

        Api.Response missing = api.post(path, Api.json("{'accuser':'RU','accused':'UA'}"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(errorFields(missing)).containsExactly("at");

        assertThat(api.get(path).json().get("total").asLong()).isZero();
    }

    @Test
    void answersNotFoundForAnUnknownCeasefireOrAllegation() {
        long id = moratorium();
        long other = moratorium();
        long allegation = api.post("/api/v1/ceasefires/" + id + "/allegations", allegation("RU", "UA", "2025-03-21T00:00:00Z")).id();

        assertThat(api.post("/api/v1/ceasefires/987654321/allegations", allegation("RU", "UA", "2025-03-21T00:00:00Z"))
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/ceasefires/987654321/allegations").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/ceasefires/" + other + "/allegations/" + allegation).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/ceasefires/" + id + "/allegations/987654321").status()).isEqualTo(404);
    }

    @Test
    void deletesAnAllegationAndAllOfThemWithTheirCeasefire() {
        long id = moratorium();
        long first = api.post("/api/v1/ceasefires/" + id + "/allegations", allegation("RU", "UA", "2025-03-21T00:00:00Z")).id();
        long second = api.post("/api/v1/ceasefires/" + id + "/allegations", allegation("UA", "RU", "2025-03-22T00:00:00Z")).id();

        assertThat(api.as(Api.ANALYST).delete("/api/v1/ceasefires/" + id + "/allegations/" + first).status()).isEqualTo(403);
        assertThat(api.as(Api.ADMIN).delete("/api/v1/ceasefires/" + id + "/allegations/" + first).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/ceasefires/" + id + "/allegations/" + first).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/ceasefires/" + id).json().get("allegations").asLong()).isEqualTo(1);

        assertThat(api.delete("/api/v1/ceasefires/" + id).status()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from ceasefire_allegation where id = ?").param(second).query(Long.class)
                .single()).isZero();
    }

    @Test
    void needsAnAnalystKeyToRecordAnAllegation() {
        long id = moratorium();
        String path = "/api/v1/ceasefires/" + id + "/allegations";

        assertThat(api.anonymous().post(path, allegation("RU", "UA", "2025-03-21T00:00:00Z")).status()).isEqualTo(401);
        assertThat(api.as(Api.READER).post(path, allegation("RU", "UA", "2025-03-21T00:00:00Z")).status()).isEqualTo(403);
        assertThat(api.get(path).json().get("total").asLong()).isZero();
    }
}
