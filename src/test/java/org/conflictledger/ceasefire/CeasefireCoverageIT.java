package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conflictledger.ceasefire.CeasefireFixtures.create;
import static org.conflictledger.ceasefire.CeasefireFixtures.move;
import static org.conflictledger.ceasefire.CeasefireFixtures.newParty;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictledger.common.ApiException;
import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public coverage API against real data: cease-fires written through HTTP, coverage asked of
 * the service other features call. Each test uses parties of its own, so other tests' cease-fires
 * cannot cover its strikes.
 */
class CeasefireCoverageIT extends IntegrationTest {

    @Autowired
    CeasefireCoverage coverage;

    String attacker;
    String target;

    @BeforeEach
    void parties() {
        attacker = newParty(api);
        target = newParty(api);
    }

    private long ceasefire(String name, String scope, String areas) {
        return create(api, Api.json("{'name':'" + name + "','scope':'" + scope + "','areas':[" + areas + "],"
                + "'parties':[{'party':'" + attacker + "','position':'ACCEPTED'},{'party':'" + target
                + "','position':'ACCEPTED_WITH_CONDITIONS'}],'proposedAt':'2025-03-01T00:00:00Z'}")).get("id").asLong();
    }

    private StrikeFacts strike(long id, String start, String end, String... categories) {
        return new StrikeFacts(id, attacker, target, Instant.parse(start), Instant.parse(end), "Kharkiv oblast",
                "Kharkiv", Set.of(categories));
    }

    private StrikeFacts energyStrikeOn(String day) {
        return strike(1L, day + "T01:00:00Z", day + "T03:00:00Z", "ENERGY");
    }

    @Test
    void coversAStrikeOnlyWhileTheCeasefireIsInForce() {
        long id = ceasefire("Moratorium", "ENERGY_INFRASTRUCTURE", "");
        move(api, id, "AGREED", "2025-03-05T00:00:00Z");
        move(api, id, "IN_FORCE", "2025-03-10T00:00:00Z");
        move(api, id, "EXPIRED", "2025-03-15T00:00:00Z");

        assertThat(coverage.covering(energyStrikeOn("2025-03-12")))
                .containsExactly(new CoveringCeasefire(id, "Moratorium", Certainty.CERTAIN));
        assertThat(coverage.covering(energyStrikeOn("2025-03-07"))).isEmpty();
        assertThat(coverage.covering(energyStrikeOn("2025-03-15"))).isEmpty();
        assertThat(coverage.covering(strike(1L, "2025-03-14T22:00:00Z", "2025-03-15T04:00:00Z", "ENERGY")))
                .containsExactly(new CoveringCeasefire(id, "Moratorium", Certainty.POSSIBLE));
        assertThat(coverage.covering(strike(1L, "2025-03-12T01:00:00Z", "2025-03-12T01:00:00Z", "RESIDENTIAL")))
                .isEmpty();
    }

    @Test
    void followsEveryChangeAtOnce() {
        long id = ceasefire("Truce", "COMPREHENSIVE", "");
        StrikeFacts strike = energyStrikeOn("2025-03-12");
        assertThat(coverage.covering(strike)).isEmpty();

        Api.Response inForce = move(api, id, "IN_FORCE", "2025-03-10T00:00:00Z");
        assertThat(coverage.covering(strike)).extracting(CoveringCeasefire::id).containsExactly(id);

        api.put("/api/v1/ceasefires/" + id + "/parties/" + target, Api.json("{'position':'NO_RESPONSE'}"));
        assertThat(coverage.covering(strike)).isEmpty();

        api.put("/api/v1/ceasefires/" + id + "/parties/" + target, Api.json("{'position':'PROPOSER'}"));
        assertThat(coverage.covering(strike)).extracting(CoveringCeasefire::id).containsExactly(id);

        long entry = inForce.json().get("history").get(1).get("id").asLong();
        api.delete("/api/v1/ceasefires/" + id + "/transitions/" + entry);
        assertThat(coverage.covering(strike)).isEmpty();

        move(api, id, "IN_FORCE", "2025-03-11T00:00:00Z");
        api.put("/api/v1/ceasefires/" + id, Api.json("{'name':'Renamed truce','scope':'MARITIME','parties':[{'party':'"
                + attacker + "','position':'ACCEPTED'},{'party':'" + target + "','position':'ACCEPTED'}],"
                + "'proposedAt':'2025-03-01T00:00:00Z'}"));
        assertThat(coverage.covering(strike)).isEmpty();
        assertThat(coverage.covering(strike(1L, "2025-03-12T01:00:00Z", "2025-03-12T02:00:00Z", "PORT")))
                .containsExactly(new CoveringCeasefire(id, "Renamed truce", Certainty.CERTAIN));

        api.delete("/api/v1/ceasefires/" + id);
        assertThat(coverage.covering(strike(1L, "2025-03-12T01:00:00Z", "2025-03-12T02:00:00Z", "PORT"))).isEmpty();
    }

    @Test
    void listsEveryCoveringCeasefireWithItsOwnCertainty() {
        long general = ceasefire("General", "COMPREHENSIVE", "");
        move(api, general, "IN_FORCE", "2025-03-01T00:00:00Z");
        long local = ceasefire("Kharkiv pause", "LOCAL", "'KHARKIV OBLAST'");
        move(api, local, "IN_FORCE", "2025-03-12T02:00:00Z");
        long elsewhere = ceasefire("Odesa pause", "LOCAL", "'Odesa oblast'");
        move(api, elsewhere, "IN_FORCE", "2025-03-01T00:00:00Z");

        assertThat(coverage.covering(energyStrikeOn("2025-03-12"))).containsExactly(
                new CoveringCeasefire(general, "General", Certainty.CERTAIN),
                new CoveringCeasefire(local, "Kharkiv pause", Certainty.POSSIBLE));
    }

    @Test
    void answersABatchWithOneEntryPerStrike() {
        long id = ceasefire("Moratorium", "ENERGY_INFRASTRUCTURE", "");
        move(api, id, "IN_FORCE", "2025-03-10T00:00:00Z");
        move(api, id, "SUSPENDED", "2025-03-13T00:00:00Z");
        move(api, id, "IN_FORCE", "2025-03-14T00:00:00Z");

        Map<Long, List<CoveringCeasefire>> covered = coverage.covering(List.of(
                strike(11L, "2025-03-11T00:00:00Z", "2025-03-11T01:00:00Z", "ENERGY"),
                strike(12L, "2025-03-13T06:00:00Z", "2025-03-13T07:00:00Z", "ENERGY"),
                strike(13L, "2025-03-12T22:00:00Z", "2025-03-14T01:00:00Z", "ENERGY"),
                strike(14L, "2025-04-30T00:00:00Z", "2025-04-30T01:00:00Z", "ENERGY")));

        assertThat(covered).containsOnlyKeys(11L, 12L, 13L, 14L);
        assertThat(covered.get(11L)).containsExactly(new CoveringCeasefire(id, "Moratorium", Certainty.CERTAIN));
        assertThat(covered.get(12L)).isEmpty();
        assertThat(covered.get(13L)).containsExactly(new CoveringCeasefire(id, "Moratorium", Certainty.POSSIBLE));
        assertThat(covered.get(14L)).containsExactly(new CoveringCeasefire(id, "Moratorium", Certainty.CERTAIN));
        assertThat(coverage.covering(List.<StrikeFacts>of())).isEmpty();
        assertThatThrownBy(() -> coverage.covering(List.of(new StrikeFacts(null, attacker, target,
                Instant.parse("2025-03-11T00:00:00Z"), null, null, null, Set.of())))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesTheInForceIntervalsOfACeasefire() {
        long id = ceasefire("Truce", "COMPREHENSIVE", "");
        long never = ceasefire("Never", "COMPREHENSIVE", "");
        move(api, id, "IN_FORCE", "2025-03-10T00:00:00Z");
        move(api, id, "SUSPENDED", "2025-03-13T00:00:00Z");
        move(api, id, "IN_FORCE", "2025-03-14T00:00:00Z");

        assertThat(coverage.inForceIntervals(id)).containsExactly(
                new InForceInterval(Instant.parse("2025-03-10T00:00:00Z"), Instant.parse("2025-03-13T00:00:00Z")),
                new InForceInterval(Instant.parse("2025-03-14T00:00:00Z"), null));
        assertThat(coverage.inForceIntervals(never)).isEmpty();
        assertThat(coverage.inForceIntervals(List.of(id, never, 987654321L))).containsOnlyKeys(id, never);
        assertThatThrownBy(() -> coverage.inForceIntervals(987654321L))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }
}
