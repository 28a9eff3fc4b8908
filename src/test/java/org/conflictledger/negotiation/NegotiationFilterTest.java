package org.conflictledger.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.conflictledger.common.ApiException;
import org.junit.jupiter.api.Test;

class NegotiationFilterTest {

    @Test
    void readsTimesWithTheirOffset() {
        NegotiationFilter filter = NegotiationFilter.of("2025-04-11T12:00:00+03:00", "2025-04-12T00:00:00Z", null,
                null, null, null, null);

        assertThat(filter.from()).isEqualTo(Instant.parse("2025-04-11T09:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2025-04-12T00:00:00Z"));
    }

    @Test
    void readsTheSpaceAnUnencodedPlusBecomesAsThePlus() {
        NegotiationFilter filter = NegotiationFilter.of("2025-04-11T12:00:00 03:00", null, null, null, null, null,
                null);

        assertThat(filter.from()).isEqualTo(Instant.parse("2025-04-11T09:00:00Z"));
    }

    @Test
    void leavesBlankPartsOut() {
        NegotiationFilter filter = NegotiationFilter.of(" ", "", null, null, "  ", null, " ");

        assertThat(filter).isEqualTo(NegotiationFilter.NONE);
    }

    @Test
    void normalisesCountryAndTrimsParticipant() {
        NegotiationFilter filter = NegotiationFilter.of(null, null, 3L, NegotiationKind.MEETING, "  Witkoff ",
                Topic.CEASEFIRE, " ru ");

        assertThat(filter.country()).isEqualTo("RU");
        assertThat(filter.participant()).isEqualTo("Witkoff");
        assertThat(filter.track()).isEqualTo(3L);
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertRefused(() -> NegotiationFilter.of("2025-04-12T00:00:00Z", "2025-04-11T00:00:00Z", null, null, null,
                null, null), "to");
        assertRefused(() -> NegotiationFilter.of("2025-04-12T00:00:00Z", "2025-04-12T00:00:00Z", null, null, null,
                null, null), "to");
    }

    @Test
    void refusesTimesWithoutOffsetOrOutOfRange() {
        assertRefused(() -> NegotiationFilter.of("2025-04-12T00:00:00", null, null, null, null, null, null), "from");
        assertRefused(() -> NegotiationFilter.of(null, "12/04/2025", null, null, null, null, null), "to");
        assertRefused(() -> NegotiationFilter.of("1812-06-24T00:00:00Z", null, null, null, null, null, null), "from");
    }

    @Test
    void readsAPlainDateAsTheStartOfThatDayInUtc() {
        NegotiationFilter filter = NegotiationFilter.of("2025-04-12", null, null, null, null, null, null);
        org.assertj.core.api.Assertions.assertThat(filter.from()).isEqualTo(java.time.Instant.parse("2025-04-12T00:00:00Z"));
    }

    @Test
    void refusesAnOversizeParticipant() {
        assertRefused(() -> NegotiationFilter.of(null, null, null, null, "x".repeat(201), null, null), "participant");
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.properties().get("errors").toString()).contains("field=" + field);
        });
    }
}
