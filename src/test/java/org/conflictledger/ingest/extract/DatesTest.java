package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.conflictledger.common.TimePrecision;
import org.junit.jupiter.api.Test;

/** Dates read relative to the publication time, in Kyiv time. */
class DatesTest {

    /** Saturday 12 April 2025, 10:00 in Kyiv. */
    private static final Instant PUBLISHED = Instant.parse("2025-04-12T07:00:00Z");

    @Test
    void overnightIsTheNightThatEndedOnThePublicationMorning() {
        DateWindow window = Dates.find("Russia attacked Kyiv overnight", PUBLISHED);
        assertThat(window.date()).isEqualTo(LocalDate.of(2025, 4, 12));
        assertThat(window.start()).isEqualTo(Instant.parse("2025-04-11T15:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2025-04-12T06:00:00Z"));
        assertThat(window.precision()).isEqualTo(TimePrecision.HOUR);
        assertThat(window.expression()).isEqualTo("overnight");
    }

    @Test
    void lastNightReadsLikeOvernight() {
        assertThat(Dates.find("Explosions were heard last night", PUBLISHED).date()).isEqualTo(LocalDate.of(2025, 4, 12));
    }

    @Test
    void overnightIntoADayEndsThatMorning() {
        DateWindow window = Dates.find("drones attacked overnight into Friday", PUBLISHED);
        assertThat(window.date()).isEqualTo(LocalDate.of(2025, 4, 11));
        assertThat(window.start()).isEqualTo(Instant.parse("2025-04-10T15:00:00Z"));
    }

    @Test
    void aWeekdayIsTheLatestOneOnOrBeforePublication() {
        assertThat(Dates.find("Russia struck Sumy on Saturday", PUBLISHED).date()).isEqualTo(LocalDate.of(2025, 4, 12));
        assertThat(Dates.find("Russia struck Sumy on Thursday", PUBLISHED).date()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(Dates.find("Russia struck Sumy on Sunday", PUBLISHED).date()).isEqualTo(LocalDate.of(2025, 4, 6));
    }

    @Test
    void aDayOfAMonthWithoutAYearIsTheLastOneForWhatHappenedAndTheNextForWhatIsPlanned() {
        assertThat(Dates.find("the talks are planned for April 24", PUBLISHED, true).date())
                .isEqualTo(LocalDate.of(2025, 4, 24));
        assertThat(Dates.find("Russia struck Sumy on April 24", PUBLISHED).date()).isEqualTo(LocalDate.of(2024, 4, 24));
        // planned, but more than half a year ahead: last year's
        assertThat(Dates.find("the talks planned for December 24", PUBLISHED, true).date())
                .isEqualTo(LocalDate.of(2024, 12, 24));
    }

    @Test
    void aWeekdayNightIsDatedByThatDay() {
        DateWindow window = Dates.find("on Friday night drones hit Odesa", PUBLISHED);
        assertThat(window.date()).isEqualTo(LocalDate.of(2025, 4, 11));
        assertThat(window.start()).isEqualTo(Instant.parse("2025-04-11T15:00:00Z"));
    }

    @Test
    void aWeekdayAfterSaidDatesTheStatementAndIsPassedOver() {
        DateWindow window = Dates.find("the air force said on Saturday that Russia attacked on Thursday", PUBLISHED);
        assertThat(window.date()).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    @Test
    void monthAndDayInEitherOrderInThePublicationYearUnlessThatIsAhead() {
        assertThat(Dates.find("the attack on April 9", PUBLISHED).date()).isEqualTo(LocalDate.of(2025, 4, 9));
        assertThat(Dates.find("the attack on 9 April", PUBLISHED).date()).isEqualTo(LocalDate.of(2025, 4, 9));
        assertThat(Dates.find("since December 24", PUBLISHED).date()).isEqualTo(LocalDate.of(2024, 12, 24));
        assertThat(Dates.find("on Feb. 24, 2022", PUBLISHED).date()).isEqualTo(LocalDate.of(2022, 2, 24));
        DateWindow day = Dates.find("on April 12", PUBLISHED);
        assertThat(day.start()).isEqualTo(Instant.parse("2025-04-11T21:00:00Z"));
        assertThat(day.precision()).isEqualTo(TimePrecision.DAY);
    }

    @Test
    void yesterdayAndToday() {
        assertThat(Dates.find("a strike yesterday", PUBLISHED).date()).isEqualTo(LocalDate.of(2025, 4, 11));
        assertThat(Dates.find("explosions this morning", PUBLISHED).date()).isEqualTo(LocalDate.of(2025, 4, 12));
    }

    @Test
    void noDatingWordsMeansNoDateButAFallbackWindowOfTheDayBefore() {
        assertThat(Dates.find("Russia launched drones at Kharkiv", PUBLISHED)).isNull();
        DateWindow fallback = Dates.fallback(PUBLISHED);
        assertThat(fallback.start()).isEqualTo(Instant.parse("2025-04-11T07:00:00Z"));
        assertThat(fallback.end()).isEqualTo(PUBLISHED);
    }

    @Test
    void countsTheMonthsBackToAMonthNamedWithoutADay() {
        assertThat(Dates.monthsBefore("The strike came in late February", PUBLISHED)).isEqualTo(2);
        assertThat(Dates.monthsBefore("Russian forces struck the tower in March 2022", PUBLISHED)).isEqualTo(37);
        // a year named whole counts back to its January: April 2025 is 135 months after January 2014
        assertThat(Dates.monthsBefore("Crimea was annexed in 2014", PUBLISHED)).isEqualTo(135);
        assertThat(Dates.monthsBefore("The front barely moved in 2024", PUBLISHED)).isEqualTo(15);
        assertThat(Dates.monthsBefore("Talks may resume in 2025", PUBLISHED)).isZero();
        assertThat(Dates.monthsBefore("A truce is unlikely in 2026", PUBLISHED)).isZero();
        assertThat(Dates.monthsBefore("Drones hit Kyiv on April 11", PUBLISHED)).isZero();
        assertThat(Dates.monthsBefore("Drones hit Kyiv in April", PUBLISHED)).isZero();
        assertThat(Dates.monthsBefore("In December the talks stalled", PUBLISHED)).isEqualTo(4);
    }

    @Test
    void overnightOnADayNamedIsTheNightThatEndedThatDayWhenPublishedLater() {
        // published on Monday 14 April: the day named, not the publication day, dates the night
        DateWindow window = Dates.find("Russia attacked Odesa overnight on April 12", Instant.parse("2025-04-14T07:00:00Z"));
        assertThat(window.date()).isEqualTo(LocalDate.of(2025, 4, 12));
        assertThat(window.start()).isEqualTo(Instant.parse("2025-04-11T15:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2025-04-12T06:00:00Z"));
        assertThat(window.expression()).isEqualTo("overnight on April 12");
    }

    @Test
    void aDayNamedLaterInTheSentenceDoesNotDateTheNight() {
        // "on Tuesday" does not follow "overnight": the night is the one before publication (Saturday 12 April)
        DateWindow window = Dates.find("Russia attacked Odesa overnight, and officials said on Tuesday", PUBLISHED);
        assertThat(window.date()).isEqualTo(LocalDate.of(2025, 4, 12));
        assertThat(window.expression()).isEqualTo("overnight");
    }

    @Test
    void aNightStillGoingOnAtPublicationEndsAtPublication() {
        Instant early = Instant.parse("2025-04-12T03:30:00Z");
        DateWindow window = Dates.find("Drones are attacking Kyiv overnight", early);
        assertThat(window.start()).isEqualTo(Instant.parse("2025-04-11T15:00:00Z"));
        assertThat(window.end()).isEqualTo(early);
        // a night planned ahead keeps its whole span: publication is before it starts
        DateWindow planned = Dates.find("strikes are expected on Monday night", PUBLISHED, true);
        assertThat(planned.date()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(planned.start()).isEqualTo(Instant.parse("2025-04-14T15:00:00Z"));
        assertThat(planned.end()).isEqualTo(Instant.parse("2025-04-15T06:00:00Z"));
    }

    @Test
    void lastWeekIsThatCalendarWeek() {
        DateWindow window = Dates.find("Russia struck Kharkiv several times last week", PUBLISHED);
        assertThat(window.date()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(window.start()).isEqualTo(Instant.parse("2025-03-30T21:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2025-04-06T20:59:59Z"));
        assertThat(window.precision()).isEqualTo(TimePrecision.WEEK);
    }

    @Test
    void theWeekendIsTheLatestSaturdayAndSunday() {
        // published on Monday 14 April: Saturday 12 and Sunday 13
        DateWindow window = Dates.find("Drones hit Sumy over the weekend", Instant.parse("2025-04-14T07:00:00Z"));
        assertThat(window.date()).isEqualTo(LocalDate.of(2025, 4, 12));
        assertThat(window.start()).isEqualTo(Instant.parse("2025-04-11T21:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2025-04-13T20:59:59Z"));
        assertThat(window.precision()).isEqualTo(TimePrecision.DAY);
        assertThat(window.expression()).isEqualTo("over the weekend");
    }
}
