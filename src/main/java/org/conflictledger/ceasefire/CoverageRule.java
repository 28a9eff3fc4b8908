package org.conflictledger.ceasefire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The coverage rule of DOMAIN.md as pure functions, so that it can be tested without a database.
 * A strike falls under a cease-fire when its time window meets an in-force interval, attacker and
 * target both hold an accepting position, and the scope takes in the strike.
 */
final class CoverageRule {

    private CoverageRule() {
    }

    /** One entry of a history: the status entered and when. */
    record StatusAt(CeasefireStatus status, Instant at) {
    }

    /** What the rule needs to know of a cease-fire, as it stands now. */
    record Terms(long id, String name, CeasefireScope scope, List<String> areas, Set<String> acceptingParties,
            List<InForceInterval> inForce) {

        Terms {
            areas = List.copyOf(areas);
            acceptingParties = Set.copyOf(acceptingParties);
            inForce = List.copyOf(inForce);
        }
    }

    /** Whether, and how surely, the cease-fire covers the strike; empty when it does not. */
    static Optional<Certainty> covers(Terms ceasefire, StrikeFacts strike) {
        if (!partiesBound(ceasefire.acceptingParties(), strike.attacker(), strike.target())
                || !scopeTakesIn(ceasefire.scope(), ceasefire.areas(), strike)) {
            return Optional.empty();
        }
        return certainty(ceasefire.inForce(), strike.startedAt(), strike.endedAt());
    }

    /**
     * The in-force intervals of a history given in time order: from entering IN_FORCE to leaving it,
     * half-open, the last one open-ended while the cease-fire is still in force. Empty intervals
     * (entered and left at the same instant) are dropped and touching ones merged, so the list is
     * the plain union of the time in force.
     */
    static List<InForceInterval> inForce(List<StatusAt> history) {
        List<InForceInterval> out = new ArrayList<>();
        Instant entered = null;
        for (StatusAt entry : history) {
            if (entry.status() == CeasefireStatus.IN_FORCE) {
                if (entered == null) {
                    entered = entry.at();
                }
            } else if (entered != null) {
                append(out, entered, entry.at());
                entered = null;
            }
        }
        if (entered != null) {
            append(out, entered, null);
        }
        return List.copyOf(out);
    }

    private static void append(List<InForceInterval> out, Instant from, Instant until) {
        if (until != null && !until.isAfter(from)) {
            return;
        }
        if (!out.isEmpty()) {
            InForceInterval last = out.get(out.size() - 1);
            if (last.until() != null && !last.until().isBefore(from)) {
                out.set(out.size() - 1, new InForceInterval(last.from(), until));
                return;
            }
        }
        out.add(new InForceInterval(from, until));
    }

    /**
     * CERTAIN when the closed window {@code [start, end]} lies wholly inside one half-open interval,
     * POSSIBLE when it only meets one or more, empty when it meets none.
     */
    static Optional<Certainty> certainty(List<InForceInterval> intervals, Instant start, Instant end) {
        boolean meets = false;
        for (InForceInterval interval : intervals) {
            boolean startsBeforeItEnds = interval.until() == null || start.isBefore(interval.until());
            boolean endsAfterItStarts = !end.isBefore(interval.from());
            if (startsBeforeItEnds && endsAfterItStarts) {
                if (!start.isBefore(interval.from()) && (interval.until() == null || end.isBefore(interval.until()))) {
                    return Optional.of(Certainty.CERTAIN);
                }
                meets = true;
            }
        }
        return meets ? Optional.of(Certainty.POSSIBLE) : Optional.empty();
    }

    /** Attacker and target both hold an accepting position (PROPOSER, ACCEPTED, ACCEPTED_WITH_CONDITIONS). */
    static boolean partiesBound(Set<String> acceptingParties, String attacker, String target) {
        return attacker != null && target != null
                && acceptingParties.contains(code(attacker)) && acceptingParties.contains(code(target));
    }

    /** Whether the scope takes in the strike, whatever its time and parties. */
    static boolean scopeTakesIn(CeasefireScope scope, List<String> areas, StrikeFacts strike) {
        return switch (scope) {
            case COMPREHENSIVE, HOLIDAY -> true;
            case ENERGY_INFRASTRUCTURE -> hasCategory(strike, "ENERGY");
            case MARITIME -> hasCategory(strike, "PORT");
            case LOCAL, HUMANITARIAN_CORRIDOR -> inAreas(areas, strike.region()) || inAreas(areas, strike.place());
        };
    }

    private static boolean hasCategory(StrikeFacts strike, String category) {
        return strike.targetCategories().stream().anyMatch(c -> c != null && c.trim().equalsIgnoreCase(category));
    }

    private static boolean inAreas(List<String> areas, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String wanted = name.trim();
        return areas.stream().anyMatch(area -> area != null && area.trim().equalsIgnoreCase(wanted));
    }

    private static String code(String party) {
        return party.trim().toUpperCase(Locale.ROOT);
    }
}
