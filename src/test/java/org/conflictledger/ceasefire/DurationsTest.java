package org.conflictledger.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.conflictledger.common.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @Test
    void readsDaysHoursAndWeeks() {
        assertThat(Durations.parse("duration", "P30D")).isEqualTo(Duration.ofDays(30));
        assertThat(Durations.parse("duration", "PT30H")).isEqualTo(Duration.ofHours(30));
        assertThat(Durations.parse("duration", "p1dt12h")).isEqualTo(Duration.ofHours(36));
        assertThat(Durations.parse("duration", "P2W")).isEqualTo(Duration.ofDays(14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30 days", "P1M", "P1Y", "PT0S", "-P1D", "PT1.5S", "P40000D", ""})
    void refusesWhatIsNotAPositiveWholeSecondDurationOfFixedLength(String text) {
        assertThatThrownBy(() -> Durations.parse("duration", text))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("duration:");
                });
    }

    @Test
    void writesWholeDaysAsDaysAndTheRestAsTime() {
        assertThat(Durations.format(30L * 86_400)).isEqualTo("P30D");
        assertThat(Durations.format(30L * 3_600)).isEqualTo("PT30H");
        assertThat(Durations.format(null)).isNull();
    }
}
