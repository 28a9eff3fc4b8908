package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The events stage's general rules, each with the sentences that show it (written for this test, in the
 * style of wire reports): which sentences make one event and which stay apart.
 */
class EventSegmentationRulesTest {

    /** 09:00 in Kyiv on Saturday 14 June 2025. */
    private static final Instant SATURDAY_MORNING = Instant.parse("2025-06-14T06:00:00Z");
    private final EventSegmenter segmenter = new EventSegmenter();

    private List<EventSegmenter.Segment> segment(String... sentences) {
        return segmenter.segment(List.of(sentences), SATURDAY_MORNING);
    }

    @Test
    void twoCallsOfOneLeaderWithDifferentCounterpartsStayApart() {
        List<EventSegmenter.Segment> events = segment(
                "Vladimir Putin and Donald Trump held a phone call on Friday about the war.",
                "The Kremlin said the call between Mr Putin and Mr Trump lasted two hours.",
                "Earlier on Friday Mr Putin told his French counterpart Emmanuel Macron that talks were possible.");
        assertThat(events).extracting(e -> e.kind).containsExactly(EventKind.NEGOTIATION, EventKind.NEGOTIATION);
        assertThat(events.get(0).people).containsExactlyInAnyOrder("putin", "trump");
        assertThat(events.get(0).sentences).containsExactly(0, 1);
        assertThat(events.get(1).people).containsExactlyInAnyOrder("putin", "macron");
    }

    @Test
    void anUnnamedOfficeOfASideAlreadyAtTheTableIsThatPerson() {
        List<EventSegmenter.Segment> events = segment(
                "Vladimir Putin and Donald Trump held a phone call on Friday about the war.",
                "In a telephone conversation that lasted over an hour, the US President warned of severe costs.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).sentences).containsExactly(0, 1);
    }

    @Test
    void aHedgeInAnotherClauseDoesNotHideTheCall() {
        List<EventSegmenter.Segment> told = segment("In a call on Thursday, Trump told Ukraine's president,"
                + " Volodymyr Zelensky, that he would send more air defence systems.");
        assertThat(told).extracting(e -> e.kind).containsExactly(EventKind.NEGOTIATION);
        assertThat(told.get(0).date).isEqualTo(LocalDate.of(2025, 6, 12));
        // the hedge in the clause of the talks themselves still means no event
        assertThat(segment("A meeting between Putin and Zelensky could take place in Istanbul.")).isEmpty();
    }

    @Test
    void aSentenceThatGoesOnWithAPronounJoinsTheTalksBeforeIt() {
        List<EventSegmenter.Segment> events = segment(
                "Secretary of State Marco Rubio's visit to Kyiv was meant to show support for the peace talks.",
                "He announced new aid during a meeting with President Volodymyr Zelensky.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).people).containsExactlyInAnyOrder("rubio", "zelensky");
    }

    @Test
    void talksThatNameNobodyJoinTheTalksAroundThemWhateverDayTheyName() {
        List<EventSegmenter.Segment> events = segment(
                "Turkish President Recep Tayyip Erdogan met President Vladimir Putin in Sochi on Friday.",
                "The talks on Thursday evening had been prepared by the delegations.");
        assertThat(events).extracting(e -> e.kind).containsExactly(EventKind.NEGOTIATION);
    }

    @Test
    void aWeekNamedAgainIsTheStrikeOfThatWeek() {
        // "last week" (9-15 June) holds Tuesday 10 June
        List<EventSegmenter.Segment> events = segment(
                "Russia launched a massive missile and drone attack on Ukraine's energy system on Tuesday.",
                "Despite Russia's missile and drone attacks last week, power was restored in most regions.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).date).isEqualTo(LocalDate.of(2025, 6, 10));
    }

    @Test
    void aRegionsAttacksOfAStatedDayWithTheirTollAreAStrike() {
        List<EventSegmenter.Segment> events = segment(
                "Authorities in Ukraine's Sumy oblast reported four injuries from 51 attacks by Russian forces on Friday.");
        assertThat(events).extracting(e -> e.kind).containsExactly(EventKind.STRIKE);
        assertThat(events.get(0).claimant).isEqualTo("UA");
        // a cumulative toll names no day: not an event
        assertThat(segment("Since February 2022, 1,200 attacks by Russian forces have killed 300 people in the oblast."))
                .isEmpty();
    }

    @Test
    void anAttackWithNoSideNamedIsTheOneTheClaimantsSideSuffered() {
        Extraction event = new Extractor().readEvent(EventKind.STRIKE, List.of(
                "They also used the missiles in a rocket attack on Friday, said the command of Ukraine's air force."), 0, SATURDAY_MORNING,
                1.0, false);
        assertThat(event.claimant().value()).isEqualTo("UA");
        assertThat(event.attacker().value()).isEqualTo("RU");
        assertThat(event.target().value()).isEqualTo("UA");
    }

    @Test
    void anEvacuationCorridorAgreedIsOneAgreementToldByTheSideThatReportsIt() {
        List<EventSegmenter.Segment> events = segment(
                "A corridor was agreed with Russia on Friday for the evacuation of civilians from Sievierodonetsk,"
                        + " according to Ukraine's deputy prime minister.",
                "Sievierodonetsk evacuation corridor agreed: Ukraine's deputy prime minister said on Friday that a"
                        + " corridor had been agreed with Russia.");
        assertThat(events).extracting(e -> e.kind).containsExactly(EventKind.CEASEFIRE);
        assertThat(events.get(0).matter).isEqualTo(CeasefireMatter.AGREEMENT);
        assertThat(events.get(0).party).isEqualTo("UA");
        assertThat(events.get(0).sentences).containsExactly(0, 1);
    }

    @Test
    void aViolationOfTheFireSuspensionIsAnAllegedViolation() {
        List<EventSegmenter.Segment> events = segment(
                "Kyiv accused separatist fighters on Friday of repeated violations of the fire suspension near Horlivka.");
        assertThat(events).extracting(e -> e.kind).containsExactly(EventKind.CEASEFIRE);
        assertThat(events.get(0).matter).isEqualTo(CeasefireMatter.ALLEGED_VIOLATION);
    }

    @Test
    void aCorridorWithoutEvacuationOrTruceIsNoCeasefire() {
        assertThat(segment("A new rail corridor to the port of Odesa was agreed with Poland on Friday.")).isEmpty();
        assertThat(CeasefireReader.CF_WORD.matcher("the corridors of power in Moscow").find()).isFalse();
        assertThat(CeasefireReader.CF_WORD.matcher("a corridor for the evacuation of civilians").find()).isTrue();
        assertThat(CeasefireReader.CF_WORD.matcher("the suspension of hostilities").find()).isTrue();
    }

    @Test
    void theSubjectOfACeasefireSentenceIsItsSpeakerOrTheFirstSideThatIsNoCounterpart() {
        assertThat(CeasefireReader.subjectParty("A truce was agreed with Russia, according to the Ukrainian government."))
                .isEqualTo("UA");
        assertThat(CeasefireReader.subjectParty("After talks with Russia, Ukraine accepted the proposal.")).isEqualTo("UA");
        assertThat(CeasefireReader.subjectParty("Russia agreed an energy truce with Ukraine.")).isEqualTo("RU");
        assertThat(CeasefireReader.subjectParty("The truce was agreed with Russia.")).isEqualTo("RU");
        assertThat(CeasefireReader.subjectParty("The truce was agreed on Friday.")).isNull();
    }
}
