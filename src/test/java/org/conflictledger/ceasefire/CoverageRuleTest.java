package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.ceasefire.CeasefireStatus.AGREED;
import static org.conflictledger.ceasefire.CeasefireStatus.COLLAPSED;
import static org.conflictledger.ceasefire.CeasefireStatus.EXPIRED;
import static org.conflictledger.ceasefire.CeasefireStatus.IN_FORCE;
import static org.conflictledger.ceasefire.CeasefireStatus.PROPOSED;
import static org.conflictledger.ceasefire.CeasefireStatus.SUSPENDED;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoverageRuleTest {

    static final Instant T0 = Instant.parse("2025-03-18T00:00:00Z");

    static Instant day(int n) {
        return T0.plusSeconds(86_400L * n);
    }

    static Instant hour(int n) {
        return T0.plusSeconds(3_600L * n);
    }

    static CoverageRule.StatusAt at(CeasefireStatus status, Instant at) {
        return new CoverageRule.StatusAt(status, at);
    }

    static StrikeFacts strike(String attacker, String target, Instant start, Instant end, String region, String place,
            String... categories) {
        return new StrikeFacts(1L, attacker, target, start, end, region, place, Set.of(categories));
    }

    static StrikeFacts energyStrike(Instant start, Instant end) {
        return strike("RU", "UA", start, end, "Kyiv oblast", "Kyiv", "ENERGY");
    }

    static CoverageRule.Terms terms(CeasefireScope scope, List<String> areas, Set<String> accepting,
            InForceInterval... inForce) {
        return new CoverageRule.Terms(7L, "Truce", scope, areas, accepting, Arrays.asList(inForce));
    }

    static CoverageRule.Terms comprehensive(InForceInterval... inForce) {
        return terms(CeasefireScope.COMPREHENSIVE, List.of(), Set.of("RU", "UA"), inForce);
    }

    @Test
    void isEmptyForACeasefireNeverInForce() {
        assertThat(CoverageRule.inForce(List.of(at(PROPOSED, day(0)), at(AGREED, day(1)), at(COLLAPSED, day(2)))))
                .isEmpty();
    }

    @Test
    void runsFromEnteringInForceToLeavingIt() {
        List<InForceInterval> intervals = CoverageRule.inForce(List.of(at(PROPOSED, day(0)), at(AGREED, day(1)),
                at(IN_FORCE, day(2)), at(EXPIRED, day(32))));

        assertThat(intervals).containsExactly(new InForceInterval(day(2), day(32)));
    }

    @Test
    void staysOpenWhileStillInForce() {
        List<InForceInterval> intervals = CoverageRule.inForce(List.of(at(PROPOSED, day(0)), at(IN_FORCE, day(1))));

        assertThat(intervals).containsExactly(new InForceInterval(day(1), null));
        assertThat(intervals.get(0).until()).isNull();
    }

    @Test
    void leavesAGapWhileSuspended() {
        List<InForceInterval> intervals = CoverageRule.inForce(List.of(at(PROPOSED, day(0)), at(IN_FORCE, day(1)),
                at(SUSPENDED, day(3)), at(IN_FORCE, day(5)), at(COLLAPSED, day(9))));

        assertThat(intervals).containsExactly(new InForceInterval(day(1), day(3)), new InForceInterval(day(5), day(9)));
    }

    @Test
    void mergesASuspensionOfNoLength() {
        List<InForceInterval> intervals = CoverageRule.inForce(List.of(at(PROPOSED, day(0)), at(IN_FORCE, day(1)),
                at(SUSPENDED, day(3)), at(IN_FORCE, day(3))));

        assertThat(intervals).containsExactly(new InForceInterval(day(1), null));
    }

    @Test
    void dropsAnInForceStretchOfNoLength() {
        List<InForceInterval> intervals = CoverageRule.inForce(List.of(at(PROPOSED, day(0)), at(IN_FORCE, day(1)),
                at(COLLAPSED, day(1))));

        assertThat(intervals).isEmpty();
    }

    final List<InForceInterval> closed = List.of(new InForceInterval(day(1), day(10)));

    @Test
    void isCertainWhenTheWindowLiesWhollyInside() {
        assertThat(CoverageRule.certainty(closed, day(2), day(3))).contains(Certainty.CERTAIN);
    }

    @Test
    void includesTheInstantOfEnteringInForce() {
        assertThat(CoverageRule.certainty(closed, day(1), day(1))).contains(Certainty.CERTAIN);
    }

    @Test
    void excludesTheInstantOfLeavingInForce() {
        assertThat(CoverageRule.certainty(closed, day(10), day(10))).isEmpty();
    }

    @Test
    void isCertainUpToJustBeforeLeaving() {
        assertThat(CoverageRule.certainty(closed, day(9), day(10).minusNanos(1000))).contains(Certainty.CERTAIN);
    }

    @Test
    void isPossibleWhenTheWindowEndsAtTheInstantOfLeaving() {
        assertThat(CoverageRule.certainty(closed, day(9), day(10))).contains(Certainty.POSSIBLE);
    }

    @Test
    void isPossibleWhenTheWindowStartsBeforeAndEndsAtTheInstantOfEntering() {
        assertThat(CoverageRule.certainty(closed, day(0), day(1))).contains(Certainty.POSSIBLE);
    }

    @Test
    void isNothingWhenTheWindowEndsJustBeforeEntering() {
        assertThat(CoverageRule.certainty(closed, day(0), day(1).minusNanos(1000))).isEmpty();
    }

    @Test
    void isPossibleWhenTheWindowOverlapsTheEnd() {
        assertThat(CoverageRule.certainty(closed, day(9), day(11))).contains(Certainty.POSSIBLE);
    }

    @Test
    void isPossibleWhenTheWindowSpansTheWholeInterval() {
        assertThat(CoverageRule.certainty(closed, day(0), day(11))).contains(Certainty.POSSIBLE);
    }

    @Test
    void isNothingAfterTheInterval() {
        assertThat(CoverageRule.certainty(closed, day(11), day(12))).isEmpty();
    }

    @Test
    void isCertainLongAfterEnteringAnOpenInterval() {
        List<InForceInterval> open = List.of(new InForceInterval(day(1), null));

        assertThat(CoverageRule.certainty(open, day(400), day(401))).contains(Certainty.CERTAIN);
        assertThat(CoverageRule.certainty(open, day(0), day(2))).contains(Certainty.POSSIBLE);
        assertThat(CoverageRule.certainty(open, day(-5), day(0))).isEmpty();
    }

    @Test
    void isNothingInsideASuspendedGap() {
        List<InForceInterval> gapped = List.of(new InForceInterval(day(1), day(3)), new InForceInterval(day(5), null));

        assertThat(CoverageRule.certainty(gapped, day(3), day(4))).isEmpty();
        assertThat(CoverageRule.certainty(gapped, day(4), day(5).minusSeconds(1))).isEmpty();
    }

    @Test
    void isOnlyPossibleAcrossASuspendedGap() {
        List<InForceInterval> gapped = List.of(new InForceInterval(day(1), day(3)), new InForceInterval(day(5), null));

        assertThat(CoverageRule.certainty(gapped, day(2), day(6))).contains(Certainty.POSSIBLE);
        assertThat(CoverageRule.certainty(gapped, day(4), day(5))).contains(Certainty.POSSIBLE);
        assertThat(CoverageRule.certainty(gapped, day(6), day(7))).contains(Certainty.CERTAIN);
    }

    @Test
    void isNothingWithoutAnyInterval() {
        assertThat(CoverageRule.certainty(List.of(), day(1), day(2))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Position.class)
    void bindsOnlyPartiesInAnAcceptingPosition(Position position) {
        boolean accepting = position == Position.PROPOSER || position == Position.ACCEPTED
                || position == Position.ACCEPTED_WITH_CONDITIONS;

        assertThat(position.isAccepting()).isEqualTo(accepting);
    }

    @Test
    void needsAttackerAndTargetBothBound() {
        assertThat(CoverageRule.partiesBound(Set.of("RU", "UA"), "RU", "UA")).isTrue();
        assertThat(CoverageRule.partiesBound(Set.of("RU"), "RU", "UA")).isFalse();
        assertThat(CoverageRule.partiesBound(Set.of("UA"), "RU", "UA")).isFalse();
        assertThat(CoverageRule.partiesBound(Set.of(), "RU", "UA")).isFalse();
    }

    @Test
    void comparesPartyCodesCaseInsensitively() {
        assertThat(CoverageRule.partiesBound(Set.of("RU", "UA"), "ru", " ua ")).isTrue();
    }

    @Test
    void coversNothingWhenOneSideHasNotAccepted() {
        CoverageRule.Terms onlyUkraine = terms(CeasefireScope.COMPREHENSIVE, List.of(), Set.of("UA"),
                new InForceInterval(day(0), null));

        assertThat(CoverageRule.covers(onlyUkraine, energyStrike(day(1), day(1)))).isEmpty();
    }

    @Test
    void coversStrikesBetweenBoundPartiesInEitherDirection() {
        CoverageRule.Terms truce = comprehensive(new InForceInterval(day(0), null));

        assertThat(CoverageRule.covers(truce, strike("UA", "RU", day(1), day(1), "Kursk oblast", "Sudzha", "ENERGY")))
                .contains(Certainty.CERTAIN);
        assertThat(CoverageRule.covers(truce, strike("RU", "GB", day(1), day(1), null, null))).isEmpty();
    }

    final InForceInterval always = new InForceInterval(day(0), null);

    Optional<Certainty> covers(CeasefireScope scope, List<String> areas, StrikeFacts strike) {
        return CoverageRule.covers(terms(scope, areas, Set.of("RU", "UA"), always), strike);
    }

    @ParameterizedTest
    @EnumSource(value = CeasefireScope.class, names = {"COMPREHENSIVE", "HOLIDAY"})
    void coversEveryStrike(CeasefireScope scope) {
        assertThat(covers(scope, List.of(), strike("RU", "UA", day(1), day(1), null, null))).isPresent();
        assertThat(covers(scope, List.of(), strike("RU", "UA", day(1), day(1), "Odesa oblast", "Odesa", "RESIDENTIAL")))
                .isPresent();
    }

    @Test
    void energyInfrastructureCoversOnlyEnergyTargets() {
        assertThat(covers(CeasefireScope.ENERGY_INFRASTRUCTURE, List.of(),
                strike("RU", "UA", day(1), day(1), null, null, "RESIDENTIAL", "ENERGY"))).isPresent();
        assertThat(covers(CeasefireScope.ENERGY_INFRASTRUCTURE, List.of(),
                strike("RU", "UA", day(1), day(1), null, null, "energy"))).isPresent();
        assertThat(covers(CeasefireScope.ENERGY_INFRASTRUCTURE, List.of(),
                strike("RU", "UA", day(1), day(1), null, null, "RESIDENTIAL", "PORT"))).isEmpty();
        assertThat(covers(CeasefireScope.ENERGY_INFRASTRUCTURE, List.of(),
                strike("RU", "UA", day(1), day(1), null, null))).isEmpty();
    }

    @Test
    void maritimeCoversOnlyPorts() {
        assertThat(covers(CeasefireScope.MARITIME, List.of(),
                strike("RU", "UA", day(1), day(1), "Odesa oblast", "Odesa", "PORT"))).isPresent();
        assertThat(covers(CeasefireScope.MARITIME, List.of(),
                strike("RU", "UA", day(1), day(1), "Odesa oblast", "Odesa", "ENERGY", "TRANSPORT"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CeasefireScope.class, names = {"LOCAL", "HUMANITARIAN_CORRIDOR"})
    void localScopesCoverStrikesWhoseRegionOrPlaceIsAnArea(CeasefireScope scope) {
        List<String> areas = List.of("Mariupol", "Zaporizhzhia oblast");

        assertThat(covers(scope, areas, strike("RU", "UA", day(1), day(1), "Donetsk oblast", "mariupol"))).isPresent();
        assertThat(covers(scope, areas, strike("RU", "UA", day(1), day(1), "ZAPORIZHZHIA OBLAST ", "Orikhiv")))
                .isPresent();
        assertThat(covers(scope, areas, strike("RU", "UA", day(1), day(1), "Donetsk oblast", "Volnovakha"))).isEmpty();
        assertThat(covers(scope, areas, strike("RU", "UA", day(1), day(1), null, null))).isEmpty();
        assertThat(covers(scope, List.of(), strike("RU", "UA", day(1), day(1), "Donetsk oblast", "Mariupol")))
                .isEmpty();
    }

    @Test
    void localScopeDoesNotMatchPartOfAName() {
        assertThat(covers(CeasefireScope.LOCAL, List.of("Kyiv"),
                strike("RU", "UA", day(1), day(1), "Kyiv oblast", "Bila Tserkva"))).isEmpty();
    }

    @Test
    void isCertainForAnEnergyStrikeWhollyInsideTheMoratorium() {
        CoverageRule.Terms moratorium = terms(CeasefireScope.ENERGY_INFRASTRUCTURE, List.of(), Set.of("RU", "UA"),
                new InForceInterval(day(0), day(30)));

        assertThat(CoverageRule.covers(moratorium, energyStrike(hour(20), hour(33)))).contains(Certainty.CERTAIN);
    }

    @Test
    void isPossibleForAnOvernightStrikeStartingBeforeTheMoratorium() {
        CoverageRule.Terms moratorium = terms(CeasefireScope.ENERGY_INFRASTRUCTURE, List.of(), Set.of("RU", "UA"),
                new InForceInterval(day(0), day(30)));

        assertThat(CoverageRule.covers(moratorium, energyStrike(hour(-4), hour(5)))).contains(Certainty.POSSIBLE);
    }

    @Test
    void needsEveryConditionAtOnce() {
        CoverageRule.Terms moratorium = terms(CeasefireScope.ENERGY_INFRASTRUCTURE, List.of(), Set.of("RU", "UA"),
                new InForceInterval(day(0), day(30)));

        assertThat(CoverageRule.covers(moratorium, energyStrike(day(31), day(31)))).isEmpty();
        assertThat(CoverageRule.covers(moratorium, strike("RU", "UA", day(1), day(1), null, null, "RESIDENTIAL")))
                .isEmpty();
        assertThat(CoverageRule.covers(moratorium, strike("BY", "UA", day(1), day(1), null, null, "ENERGY"))).isEmpty();
    }

    @Test
    void treatsAStrikeWithoutAnEndAsASingleInstant() {
        StrikeFacts instant = new StrikeFacts(null, "RU", "UA", day(30), null, null, null, Set.of("ENERGY"));
        CoverageRule.Terms moratorium = terms(CeasefireScope.ENERGY_INFRASTRUCTURE, List.of(), Set.of("RU", "UA"),
                new InForceInterval(day(0), day(30)));

        assertThat(instant.endedAt()).isEqualTo(day(30));
        assertThat(CoverageRule.covers(moratorium, instant)).isEmpty();
    }
}
