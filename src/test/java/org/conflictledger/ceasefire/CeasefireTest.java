package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictledger.common.ApiException;
import org.junit.jupiter.api.Test;

/** The cease-fire entity guards its own status machine and history, without a database. */
class CeasefireTest {

    static final Instant PROPOSED_AT = Instant.parse("2025-03-18T00:00:00Z");
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    static Ceasefire proposed() {
        return new Ceasefire(new Ceasefire.Terms("Moratorium", CeasefireScope.ENERGY_INFRASTRUCTURE, List.of(), null,
                Map.of("RU", new Participation(Position.ACCEPTED, null, null)), Set.of("US"), PROPOSED_AT, null,
                null, null, null), "analyst", NOW);
    }

    static Instant hours(int n) {
        return PROPOSED_AT.plusSeconds(3_600L * n);
    }

    @Test
    void startsProposedWithTheCreationEntry() {
        CeasefireView view = proposed().view(0);

        assertThat(view.status()).isEqualTo(CeasefireStatus.PROPOSED);
        assertThat(view.history()).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isNull();
            assertThat(entry.to()).isEqualTo(CeasefireStatus.PROPOSED);
            assertThat(entry.at()).isEqualTo(PROPOSED_AT);
            assertThat(entry.author()).isEqualTo("analyst");
        });
    }

    @Test
    void recordsEachAllowedTransitionInTheHistory() {
        Ceasefire ceasefire = proposed();

        ceasefire.transition(CeasefireStatus.AGREED, hours(18), null, "phone call", "analyst", NOW);
        ceasefire.transition(CeasefireStatus.IN_FORCE, hours(20), 5L, null, "analyst", NOW);
        ceasefire.transition(CeasefireStatus.EXPIRED, hours(720), null, null, "admin", NOW);

        CeasefireView view = ceasefire.view(0);
        assertThat(view.status()).isEqualTo(CeasefireStatus.EXPIRED);
        assertThat(view.history()).extracting(HistoryEntryView::from).containsExactly(null, CeasefireStatus.PROPOSED,
                CeasefireStatus.AGREED, CeasefireStatus.IN_FORCE);
        assertThat(view.history()).extracting(HistoryEntryView::to).containsExactly(CeasefireStatus.PROPOSED,
                CeasefireStatus.AGREED, CeasefireStatus.IN_FORCE, CeasefireStatus.EXPIRED);
        assertThat(view.history().get(1).note()).isEqualTo("phone call");
        assertThat(view.history().get(2).sourceId()).isEqualTo(5L);
        assertThat(view.inForce()).containsExactly(new InForceInterval(hours(20), hours(720)));
    }

    @Test
    void rejectsTransitionFromExpiredToInForce() {
        Ceasefire ceasefire = proposed();
        ceasefire.transition(CeasefireStatus.IN_FORCE, hours(1), null, null, "analyst", NOW);
        ceasefire.transition(CeasefireStatus.EXPIRED, hours(2), null, null, "analyst", NOW);

        assertThatThrownBy(() -> ceasefire.transition(CeasefireStatus.IN_FORCE, hours(3), null, null, "analyst", NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(409);
                    assertThat(e.properties()).containsEntry("currentStatus", "EXPIRED")
                            .containsEntry("allowed", List.of());
                    assertThat(e.getMessage()).contains("EXPIRED").contains("terminal");
                });
        assertThat(ceasefire.status()).isEqualTo(CeasefireStatus.EXPIRED);
        assertThat(ceasefire.view(0).history()).hasSize(3);
    }

    @Test
    void namesTheAllowedMovesWhenRefusing() {
        Ceasefire ceasefire = proposed();

        assertThatThrownBy(() -> ceasefire.transition(CeasefireStatus.SUSPENDED, hours(1), null, null, "a", NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.properties()).containsEntry("currentStatus", "PROPOSED")
                            .containsEntry("allowed", List.of("AGREED", "IN_FORCE", "REJECTED", "WITHDRAWN"));
                    assertThat(e.getMessage()).contains("AGREED, IN_FORCE, REJECTED, WITHDRAWN");
                });
    }

    @Test
    void rejectsATransitionDatedBeforeTheLatestEntry() {
        Ceasefire ceasefire = proposed();
        ceasefire.transition(CeasefireStatus.AGREED, hours(10), null, null, "analyst", NOW);

        assertThatThrownBy(() -> ceasefire.transition(CeasefireStatus.IN_FORCE, hours(9), null, null, "analyst", NOW))
                .isInstanceOf(HistoryOrderException.class);
        assertThatThrownBy(() -> proposed().transition(CeasefireStatus.AGREED, hours(-1), null, null, "a", NOW))
                .isInstanceOf(HistoryOrderException.class);
        assertThat(ceasefire.status()).isEqualTo(CeasefireStatus.AGREED);
    }

    @Test
    void acceptsATransitionAtTheSameInstantAsTheLatestEntry() {
        Ceasefire ceasefire = proposed();

        ceasefire.transition(CeasefireStatus.IN_FORCE, PROPOSED_AT, null, null, "analyst", NOW);

        assertThat(ceasefire.status()).isEqualTo(CeasefireStatus.IN_FORCE);
    }

    @Test
    void refusesProposedAtAfterTheFirstTransitionWhenRevised() {
        Ceasefire ceasefire = proposed();
        ceasefire.transition(CeasefireStatus.AGREED, hours(10), null, null, "analyst", NOW);
        Ceasefire.Terms later = new Ceasefire.Terms("Moratorium", CeasefireScope.COMPREHENSIVE, List.of(), null,
                Map.of(), Set.of(), hours(11), null, null, null, null);

        assertThatThrownBy(() -> ceasefire.revise(later, NOW)).isInstanceOf(HistoryOrderException.class);
    }

    @Test
    void movesTheCreationEntryWithProposedAt() {
        Ceasefire ceasefire = proposed();
        Ceasefire.Terms earlier = new Ceasefire.Terms("Moratorium", CeasefireScope.COMPREHENSIVE, List.of("A"), null,
                Map.of(), Set.of(), hours(-24), null, null, null, null);

        ceasefire.revise(earlier, NOW);

        assertThat(ceasefire.view(0).history().get(0).at()).isEqualTo(hours(-24));
        assertThat(ceasefire.view(0).scope()).isEqualTo(CeasefireScope.COMPREHENSIVE);
    }

    @Test
    void setsAndRemovesPartyPositions() {
        Ceasefire ceasefire = proposed();

        ceasefire.position("UA", new Participation(Position.ACCEPTED_WITH_CONDITIONS, "monitoring", hours(5)), NOW);
        ceasefire.position("RU", new Participation(Position.REJECTED, null, null), NOW);

        assertThat(ceasefire.view(0).parties()).containsExactly(
                new PartyPositionView("RU", Position.REJECTED, null, null),
                new PartyPositionView("UA", Position.ACCEPTED_WITH_CONDITIONS, "monitoring", hours(5)));
        assertThat(ceasefire.removeParty("RU", NOW)).isTrue();
        assertThat(ceasefire.removeParty("RU", NOW)).isFalse();
        assertThat(ceasefire.view(0).parties()).extracting(PartyPositionView::party).containsExactly("UA");
    }
}
