package org.conflictledger.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    private static final Set<ExportFormat> ALL = EnumSet.allOf(ExportFormat.class);

    @Test
    void followsTheFormatParameterBeforeTheAcceptHeader() {
        assertThat(ExportFormat.negotiate("csv", "application/json", ALL)).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate("GeoJSON", "*/*", ALL)).isEqualTo(ExportFormat.GEOJSON);
        assertThat(ExportFormat.negotiate("json", "text/csv", ALL)).isEqualTo(ExportFormat.JSON);
    }

    @Test
    void takesTheMostPreferredOfferedMediaType() {
        assertThat(ExportFormat.negotiate(null, "text/csv", ALL)).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate(null, "application/geo+json", ALL)).isEqualTo(ExportFormat.GEOJSON);
        assertThat(ExportFormat.negotiate(null, "application/json;q=0.5, text/csv", ALL)).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate(null, "application/json, text/csv;q=0.9", ALL)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.negotiate(null, "*/*", ALL)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.negotiate(null, null, ALL)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.negotiate(null, "application/geo+json",
                EnumSet.of(ExportFormat.JSON, ExportFormat.CSV))).isEqualTo(ExportFormat.JSON);
    }

    @Test
    void refusesAFormatTheResourceDoesNotOffer() {
        assertThatThrownBy(() -> ExportFormat.negotiate("geojson", null, EnumSet.of(ExportFormat.JSON, ExportFormat.CSV)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("format:");
                });
        assertThatThrownBy(() -> ExportFormat.negotiate("xml", null, ALL)).isInstanceOf(ApiException.class);
    }
}
