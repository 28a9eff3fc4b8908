package org.conflictledger.ceasefire;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where a cease-fire stands, and the moves the status machine allows from each status. */
public enum CeasefireStatus {
    PROPOSED, AGREED, IN_FORCE, SUSPENDED, EXPIRED, COLLAPSED, REJECTED, WITHDRAWN;

    private static final Map<CeasefireStatus, Set<CeasefireStatus>> NEXT = new EnumMap<>(CeasefireStatus.class);

    static {
        NEXT.put(PROPOSED, EnumSet.of(AGREED, IN_FORCE, REJECTED, WITHDRAWN));
        NEXT.put(AGREED, EnumSet.of(IN_FORCE, COLLAPSED, WITHDRAWN));
        NEXT.put(IN_FORCE, EnumSet.of(SUSPENDED, EXPIRED, COLLAPSED));
        NEXT.put(SUSPENDED, EnumSet.of(IN_FORCE, EXPIRED, COLLAPSED));
        for (CeasefireStatus terminal : EnumSet.of(EXPIRED, COLLAPSED, REJECTED, WITHDRAWN)) {
            NEXT.put(terminal, EnumSet.noneOf(CeasefireStatus.class));
        }
        NEXT.replaceAll((status, next) -> Collections.unmodifiableSet(next));
    }

    /** The statuses this one may move to, in declaration order; empty for a terminal status. */
    public Set<CeasefireStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(CeasefireStatus to) {
        return NEXT.get(this).contains(to);
    }

    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }

    /** The terminal statuses: EXPIRED, COLLAPSED, REJECTED, WITHDRAWN. */
    public static List<CeasefireStatus> terminal() {
        return EnumSet.allOf(CeasefireStatus.class).stream().filter(CeasefireStatus::isTerminal).toList();
    }
}
