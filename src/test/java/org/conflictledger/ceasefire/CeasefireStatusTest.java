package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ceasefire.CeasefireStatus.AGREED;
import static org.conflictledger.ceasefire.CeasefireStatus.COLLAPSED;
import static org.conflictledger.ceasefire.CeasefireStatus.EXPIRED;
import static org.conflictledger.ceasefire.CeasefireStatus.IN_FORCE;
import static org.conflictledger.ceasefire.CeasefireStatus.PROPOSED;
import static org.conflictledger.ceasefire.CeasefireStatus.REJECTED;
import static org.conflictledger.ceasefire.CeasefireStatus.SUSPENDED;
import static org.conflictledger.ceasefire.CeasefireStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The status machine of DOMAIN.md, move by move: every allowed move, and every other one refused. */
class CeasefireStatusTest {

    private static final Map<CeasefireStatus, Set<CeasefireStatus>> DOMAIN = Map.of(
            PROPOSED, EnumSet.of(AGREED, IN_FORCE, REJECTED, WITHDRAWN),
            AGREED, EnumSet.of(IN_FORCE, COLLAPSED, WITHDRAWN),
            IN_FORCE, EnumSet.of(SUSPENDED, EXPIRED, COLLAPSED),
            SUSPENDED, EnumSet.of(IN_FORCE, EXPIRED, COLLAPSED),
            EXPIRED, EnumSet.noneOf(CeasefireStatus.class),
            COLLAPSED, EnumSet.noneOf(CeasefireStatus.class),
            REJECTED, EnumSet.noneOf(CeasefireStatus.class),
            WITHDRAWN, EnumSet.noneOf(CeasefireStatus.class));

    @Test
    void everyMoveIsAllowedExactlyWhenDomainAllowsIt() {
        for (CeasefireStatus from : CeasefireStatus.values()) {
            assertThat(from.next()).as("moves from %s", from).isEqualTo(DOMAIN.get(from));
            for (CeasefireStatus to : CeasefireStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(DOMAIN.get(from).contains(to));
            }
            assertThat(from.isTerminal()).as("%s terminal", from).isEqualTo(DOMAIN.get(from).isEmpty());
        }
        assertThat(CeasefireStatus.terminal()).containsExactly(EXPIRED, COLLAPSED, REJECTED, WITHDRAWN);
    }
}
