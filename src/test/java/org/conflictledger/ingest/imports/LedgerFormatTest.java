package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.strike.Figure;
import org.conflictledger.strike.GeoPrecision;
import org.conflictledger.strike.Qualifier;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.WeaponCategory;
import org.junit.jupiter.api.Test;

/** Each row rule of the ledger format, at its boundary: what passes, and the reason a row is refused with. */
class LedgerFormatTest {

    private static final ImportContext CONTEXT = new ImportContext(7, code -> code.equals("RU") || code.equals("UA"),
            ZoneId.of("Europe/Kyiv"));

    private static LedgerFormat format() {
        LedgerFormat format = new LedgerFormat(CONTEXT);
        format.header(new Header(LedgerFormat.COLUMNS.toArray(String[]::new)));
        return format;
    }

    /** A valid row, changed by column name. */
    private static String[] row(Map<String, String> changes) {
        Map<String, String> cells = new HashMap<>(Map.of("id", "41", "attacker", "RU", "target", "UA",
                "startedAt", "2025-04-11T17:00:00Z", "timePrecision", "HOUR"));
        cells.putAll(changes);
        String[] row = new String[LedgerFormat.COLUMNS.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = cells.getOrDefault(LedgerFormat.COLUMNS.get(i), "");
        }
        return row;
    }

    private static ImportRow map(String... changes) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < changes.length; i += 2) {
            cells.put(changes[i], changes[i + 1]);
        }
        return format().map(2, row(cells));
    }

    private static String refused(String... changes) {
        try {
            map(changes);
        } catch (RowProblem problem) {
            assertThat(problem.skipped()).as("a malformed row is rejected, not skipped").isFalse();
            return problem.getMessage();
        }
        throw new AssertionError("accepted: " + String.join(",", changes));
    }

    @Test
    void theHeaderNeedsItsColumnsAndAnIdOrExternalIds() {
        assertThatThrownBy(() -> new LedgerFormat(CONTEXT).header(new Header(new String[] {"id", "attacker", "target"})))
                .isInstanceOf(Header.HeaderProblem.class).hasMessageContaining("startedAt, timePrecision");
        assertThatThrownBy(() -> new LedgerFormat(CONTEXT).header(new Header(new String[] {"attacker", "target",
                "startedAt", "timePrecision"}))).isInstanceOf(Header.HeaderProblem.class)
                .hasMessageContaining("an id or an externalIds column");
        new LedgerFormat(CONTEXT).header(new Header(new String[] {"externalIds", "attacker", "target", "startedAt",
                "timePrecision"}));
        new LedgerFormat(CONTEXT).header(new Header(new String[] {"id", "attacker", "target", "startedAt",
                "timePrecision"}));
        new LedgerFormat(CONTEXT).header(new Header(new String[] {"externalIds", "attacker", "target", "startedAt",
                "timePrecision"}));
    }

    @Test
    void aValidRowKeepsItsFieldsAndDefaults() {
        ImportRow row = map("country", "ua", "place", "Odesa");
        assertThat(row.externalId()).isEqualTo("41");
        assertThat(row.endedAt()).isEqualTo(row.startedAt());
        assertThat(row.country()).isEqualTo("UA");
        assertThat(row.weaponCategory()).isEqualTo(WeaponCategory.UNKNOWN);
        assertThat(row.geoPrecision()).isEqualTo(GeoPrecision.TOWN);
        assertThat(map("latitude", "46.5", "longitude", "30.7").geoPrecision()).isEqualTo(GeoPrecision.EXACT);
        assertThat(map("region", "Odesa oblast").geoPrecision()).isEqualTo(GeoPrecision.REGION);
        assertThat(map().geoPrecision()).isEqualTo(GeoPrecision.COUNTRY);
        assertThat(map("geoPrecision", "region", "place", "Odesa").geoPrecision()).isEqualTo(GeoPrecision.REGION);
        assertThat(map("targetCategories", "port|ENERGY|port").targetCategories()).containsExactly("ENERGY", "PORT");
    }

    @Test
    void refusesRowsOfAnotherWidth() {
        String[] shorter = java.util.Arrays.copyOf(row(Map.of()), LedgerFormat.COLUMNS.size() - 1);
        assertThatThrownBy(() -> format().map(2, shorter)).isInstanceOf(RowProblem.class)
                .hasMessage((LedgerFormat.COLUMNS.size() - 1) + " fields where the header has " + LedgerFormat.COLUMNS.size());
    }

    @Test
    void partiesMustBeInTheLedger() {
        assertThat(refused("attacker", "")).isEqualTo("attacker is empty");
        assertThat(refused("target", "XX")).isEqualTo("target: no party XX in the ledger");
        assertThat(refused("target", "U".repeat(17))).startsWith("target: no party");
        assertThat(map("attacker", "ru").attacker()).isEqualTo("RU");
        // a code of 16 characters is the longest a party can have
        LedgerFormat longCodes = new LedgerFormat(new ImportContext(7, code -> code.length() >= 2, ZoneId.of("UTC")));
        longCodes.header(new Header(LedgerFormat.COLUMNS.toArray(String[]::new)));
        assertThat(longCodes.map(2, row(Map.of("attacker", "A".repeat(16)))).attacker()).hasSize(16);
        assertThatThrownBy(() -> longCodes.map(2, row(Map.of("attacker", "A".repeat(17))))).isInstanceOf(RowProblem.class)
                .hasMessageStartingWith("attacker: no party");
    }

    @Test
    void timesMustBeOrderedWithinAYearAndBetween1900And2199() {
        assertThat(refused("startedAt", "")).isEqualTo("startedAt is empty");
        assertThat(refused("endedAt", "2025-04-11T16:59:59Z")).isEqualTo("endedAt is before startedAt");
        assertThat(map("endedAt", "2026-04-12T17:00:00Z").endedAt()).hasToString("2026-04-12T17:00:00Z");
        assertThat(refused("endedAt", "2026-04-12T17:00:01Z")).isEqualTo("the window spans more than 366 days");
        assertThat(refused("startedAt", "1899-12-31T23:59:59Z")).isEqualTo("startedAt must lie between 1900 and 2199");
        assertThat(refused("timePrecision", "")).isEqualTo("timePrecision is empty");
        assertThat(refused("timePrecision", "fortnight")).startsWith("timePrecision: 'fortnight' is not one of ");
    }

    @Test
    void textsAndPlacesHaveTheirLimits() {
        assertThat(map("place", "p".repeat(300)).place()).hasSize(300);
        assertThat(refused("place", "p".repeat(301))).isEqualTo("place is longer than 300 characters");
        assertThat(refused("region", "r".repeat(201))).isEqualTo("region is longer than 200 characters");
        assertThat(refused("country", "UKR")).isEqualTo("country: 'UKR' is not an alpha-2 code");
        assertThat(refused("latitude", "46.5")).isEqualTo("latitude and longitude come together");
        assertThat(refused("longitude", "30.7")).isEqualTo("latitude and longitude come together");
        assertThat(map("weaponModels", String.join("|", java.util.Collections.nCopies(1, "m".repeat(100))))
                .weaponModels()).hasSize(1);
        StringBuilder twenty = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            twenty.append("m").append(i).append('|');
        }
        assertThat(map("weaponModels", twenty.toString()).weaponModels()).hasSize(20);
        assertThat(refused("weaponModels", twenty + "m20")).startsWith("weaponModels: at most 20 models");
        assertThat(refused("weaponModels", "m".repeat(101))).startsWith("weaponModels: at most 20 models");
    }

    @Test
    void theKeyIsTheLedgerExternalIdOrTheRowsId() {
        ImportRow row = map("externalIds", "ledger=7|acled=UKR123");
        assertThat(row.externalId()).isEqualTo("7");
        assertThat(row.moreIds()).containsExactly(Map.entry("acled", "UKR123"));
        assertThat(map("id", "i".repeat(200)).externalId()).hasSize(200);
        assertThat(refused("id", "i".repeat(201))).isEqualTo("id is longer than 200 characters");
        assertThat(refused("id", "")).startsWith("id is empty");
        assertThat(refused("externalIds", "acled")).isEqualTo("externalIds: 'acled' is not dataset=id");
        assertThat(refused("externalIds", "=1")).isEqualTo("externalIds: '=1' is not dataset=id");
        assertThat(refused("externalIds", "acled=")).isEqualTo("externalIds: 'acled=' is not dataset=id");
        assertThat(refused("externalIds", "a b=1")).startsWith("externalIds: 'a b=1' is not dataset=id (dataset:");
        assertThat(refused("externalIds", "acled=" + "1".repeat(201))).contains("at most 200 characters");
        assertThat(map("externalIds", "acled=" + "1".repeat(200)).moreIds().get("acled")).hasSize(200);
        assertThat(refused("externalIds", "acled=1|acled=2")).isEqualTo("externalIds: data set acled named twice");
        StringBuilder ten = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            ten.append("d").append(i).append("=1|");
        }
        assertThat(map("externalIds", ten.toString()).moreIds()).hasSize(10);
        assertThat(refused("externalIds", ten + "d10=1")).isEqualTo("externalIds: at most 10");
    }

    @Test
    void figuresNeedABestInOrderAndEnoughClaims() {
        assertThat(refused("launchedLow", "3")).isEqualTo("launched: low, high or claims without best");
        assertThat(refused("launchedHigh", "3")).isEqualTo("launched: low, high or claims without best");
        assertThat(refused("launchedClaims", "2")).isEqualTo("launched: low, high or claims without best");
        assertThat(map("launchedClaims", "0").claims().get(0).figures()).doesNotContainKey(Figure.LAUNCHED);
        assertThat(refused("launchedBest", "5", "launchedLow", "6")).isEqualTo("launched: low, best and high are out of order");
        assertThat(refused("launchedBest", "5", "launchedHigh", "4")).isEqualTo("launched: low, best and high are out of order");
        assertThat(refused("launchedBest", "5", "launchedLow", "4"))
                .isEqualTo("launched: low below best without high needs at least two claims");
        assertThat(refused("launchedBest", "5", "launchedClaims", "201")).isEqualTo("launchedClaims: at most 200");
        assertThat(map("launchedBest", "5", "launchedClaims", "200").claims()).hasSize(200);

        StatedFigure exact = map("launchedBest", "5", "launchedLow", "5", "launchedHigh", "5").claims().get(0).figures()
                .get(Figure.LAUNCHED);
        assertThat(exact).isEqualTo(StatedFigure.of(5, Qualifier.EXACT));
        List<ImportClaim> atLeast = map("launchedBest", "5", "launchedLow", "4", "launchedClaims", "2",
                "inconsistent", "true").claims();
        assertThat(atLeast).extracting(c -> c.figures().get(Figure.LAUNCHED))
                .containsExactly(StatedFigure.between(5, 4, 5), StatedFigure.of(5, Qualifier.AT_LEAST));
        assertThat(atLeast).extracting(ImportClaim::inconsistent).containsExactly(true, false);
        assertThat(atLeast).extracting(ImportClaim::reference).containsOnly("ledger strike 41");
    }
}
