package org.conflictledger.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.conflictledger.ceasefire.CeasefireScope;
import org.conflictledger.ceasefire.CeasefireStatus;
import org.conflictledger.ceasefire.Certainty;
import org.conflictledger.ceasefire.InForceInterval;
import org.conflictledger.ceasefire.Position;
import org.conflictledger.common.PageResponse;
import org.conflictledger.strike.TargetCategory;
import org.conflictledger.strike.WeaponCategory;
import org.jspecify.annotations.Nullable;

/**
 * Was a cease-fire kept? The strikes it covers (certain and possible, as coverage is now), per party
 * that made them; per-day counts during its in-force time and in a baseline window of the same
 * length just before it; alleged violations by accuser; and the covered strikes as a paged list.
 *
 * @param window   from the first entry into force to the last exit (now, while still in force); null
 *                 when it was never in force
 * @param baseline the same length just before {@code window}: the strikes the cease-fire would have
 *                 covered had it been in force then (same parties and scope)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ComplianceReport(Ceasefire ceasefire, String tz, List<InForceInterval> inForce, @Nullable Window window,
        @Nullable Window baseline, Counts covered, List<PartyCompliance> parties, Allegations allegations,
        PageResponse<CoveredStrike> strikes) {

    public record Ceasefire(long id, String name, CeasefireScope scope, CeasefireStatus status, String link) {
    }

    public record Window(Instant from, Instant until) {
    }

    /** Covered strikes: all of them, those wholly inside an in-force interval, those only overlapping one. */
    public record Counts(long total, long certain, long possible) {
    }

    /**
     * One party of the cease-fire: its position, the covered strikes it made, and per local day the
     * strikes it made in the in-force window (covered ones; one that began before the window is counted
     * on its first day) and in the baseline window (those the terms would have covered).
     */
    public record PartyCompliance(String party, Position position, boolean bound, Counts covered,
            @Nullable Series inForce, @Nullable Series baseline, long allegationsAgainst) {
    }

    public record Series(long strikes, List<Day> perDay) {
    }

    public record Day(LocalDate date, Instant start, long strikes) {
    }

    public record Allegations(long total, List<ByAccuser> byAccuser) {
    }

    public record ByAccuser(String accuser, long total, List<Against> against) {
    }

    public record Against(String party, long count) {
    }

    /** A covered strike, with how surely it is covered. */
    public record CoveredStrike(long id, String link, String attacker, String target, Instant startedAt,
            Instant endedAt, Certainty certainty, @Nullable WeaponCategory weaponCategory,
            List<TargetCategory> targetCategories, @Nullable String region, @Nullable String place) {
    }
}
