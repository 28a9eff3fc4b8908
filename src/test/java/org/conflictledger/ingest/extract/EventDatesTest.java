package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An event's date: the first sentence that dates it, unless that sentence looks back a month or more. */
class EventDatesTest {

    // 3 April 2025, 09:00 Kyiv time
    private static final Instant PUBLISHED = Instant.parse("2025-04-03T06:00:00Z");

    @Test
    void takesTheFirstSentenceThatDatesTheEvent() {
        String dated = "Russia launched 40 drones at Odesa overnight, the regional governor said.";
        Extracted<DateWindow> date = EventDates.of(EventKind.STRIKE,
                List.of("Air defences were active in the south.", dated), PUBLISHED);
        assertThat(date.value().expression()).isEqualTo("overnight");
        assertThat(date.value().stated()).isTrue();
        assertThat(date.evidence()).isEqualTo(dated);
        assertThat(date.confidence()).isEqualTo(0.8);
    }

    @Test
    void aSentenceThatLooksBackAMonthDoesNotDateTheEvent() {
        // the same sentence, but it also names last month: the night may be March's, not this one
        List<String> sentences = List.of("Air defences were active in the south.",
                "Russia launched 40 drones at Odesa overnight, the largest attack since the one in March.");
        Extracted<DateWindow> date = EventDates.of(EventKind.STRIKE, sentences, PUBLISHED);
        assertThat(Dates.monthsBefore(sentences.get(1), PUBLISHED)).isEqualTo(1);
        assertThat(date.value()).isEqualTo(Dates.fallback(PUBLISHED));
        assertThat(date.value().stated()).isFalse();
        assertThat(date.evidence()).isEqualTo("Air defences were active in the south.");
        assertThat(date.confidence()).isEqualTo(0.4);
    }

    @Test
    void aSentenceThatNamesOnlyThisMonthStillDatesIt() {
        String dated = "Russia launched 40 drones at Odesa overnight, the third large attack in April.";
        Extracted<DateWindow> date = EventDates.of(EventKind.STRIKE, List.of(dated), PUBLISHED);
        assertThat(Dates.monthsBefore(dated, PUBLISHED)).isZero();
        assertThat(date.value().expression()).isEqualTo("overnight");
        assertThat(date.confidence()).isEqualTo(0.8);
    }
}
