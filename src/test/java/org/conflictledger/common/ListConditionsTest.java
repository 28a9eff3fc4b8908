package org.conflictledger.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The conditions every list shares: updatedSince, and a from/to range. */
class ListConditionsTest {

    private static final Instant NOON = Instant.parse("2025-03-18T12:00:00Z");

    // what ChangedSince.append makes of a list's conditions so far: the SQL and the parameters
    private record Conditions(String where, Map<String, Object> params) {
        static Conditions after(String column, Instant since) {
            StringBuilder where = new StringBuilder(" where true");
            Map<String, Object> params = new HashMap<>();
            ChangedSince.append(where, params, column, since);
            return new Conditions(where.toString(), params);
        }
    }

    @Test
    void updatedSinceKeepsRowsChangedAtOrAfterTheInstantInUtc() {
        Conditions conditions = Conditions.after("s.updated_at", NOON);
        assertThat(conditions.where()).isEqualTo(" where true and s.updated_at >= :updatedSince");
        assertThat(conditions.params()).containsExactly(Map.entry("updatedSince",
                OffsetDateTime.of(2025, 3, 18, 12, 0, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void noUpdatedSinceAddsNothing() {
        Conditions conditions = Conditions.after("updated_at", null);
        assertThat(conditions.where()).isEqualTo(" where true");
        assertThat(conditions.params()).isEmpty();
    }

    @Test
    void aRangeMustEndAfterItStarts() {
        Times.requireOrdered(NOON, NOON.plusSeconds(1));
        Times.requireOrdered(null, NOON);
        Times.requireOrdered(NOON, null);
        Times.requireOrdered(null, null);
        for (Instant to : new Instant[] {NOON, NOON.minusSeconds(1)}) {
            assertThatThrownBy(() -> Times.requireOrdered(NOON, to))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status().value()).isEqualTo(400);
                        assertThat(e.getMessage()).isEqualTo("to: must be after from");
                        assertThat(e.properties().get("errors")).isEqualTo(
                                List.of(new FieldProblem("to", "must be after from", to.toString(), null)));
                    });
        }
    }
}
