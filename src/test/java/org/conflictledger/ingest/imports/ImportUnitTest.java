package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.conflictledger.strike.Figure;
import org.conflictledger.strike.ReconciledFigure;
import org.conflictledger.strike.WeaponCategory;
import org.junit.jupiter.api.Test;

class ImportUnitTest {

    private static final ImportContext CONTEXT = new ImportContext(7, code -> code.equals("RU") || code.equals("UA"),
            ZoneId.of("Europe/Kyiv"));

    @Test
    void readsTheDateRenderingsOfAcledAndGedExports() {
        assertThat(Fields.stamp("d", "24 February 2022").date()).hasToString("2022-02-24");
        assertThat(Fields.stamp("d", "24-February-2022").date()).hasToString("2022-02-24");
        assertThat(Fields.stamp("d", "24 Feb 2022").date()).hasToString("2022-02-24");
        Fields.LocalStamp ged = Fields.stamp("d", "2014-01-27T00:00:00");
        assertThat(ged.date()).hasToString("2014-01-27");
        assertThat(ged.time()).hasToString("00:00");
        assertThat(Fields.stamp("d", "2014-01-27T00:00:00.000Z").date()).hasToString("2014-01-27");
        assertThat(Fields.stamp("d", "2/13/2023 12:00:00 AM").date()).hasToString("2023-02-13");
        assertThatThrownBy(() -> Fields.stamp("event_date", "the 24th")).hasMessageContaining("event_date");
    }

    @Test
    void readsAcledActorTypesOfBothLayoutsAsPartyKinds() {
        assertThat(AcledFormat.kind("1")).isEqualTo(org.conflictledger.party.PartyKind.STATE);
        assertThat(AcledFormat.kind("State forces")).isEqualTo(org.conflictledger.party.PartyKind.STATE);
        assertThat(AcledFormat.kind("2")).isEqualTo(org.conflictledger.party.PartyKind.ARMED_GROUP);
        assertThat(AcledFormat.kind("Rebel group")).isEqualTo(org.conflictledger.party.PartyKind.ARMED_GROUP);
        assertThat(AcledFormat.kind("7")).isEqualTo(org.conflictledger.party.PartyKind.OTHER);
        assertThat(AcledFormat.kind("Civilians")).isEqualTo(org.conflictledger.party.PartyKind.OTHER);
        assertThat(AcledFormat.kind(null)).isEqualTo(org.conflictledger.party.PartyKind.ARMED_GROUP);
    }

    @Test
    void mapsEveryCatalogueCategoryAndCombinedModelsToMixed() {
        assertThat(WeaponCatalogue.category("Shahed-136/131")).isEqualTo(WeaponCategory.DRONE);
        assertThat(WeaponCatalogue.category("Orlan-10")).isEqualTo(WeaponCategory.DRONE);
        assertThat(WeaponCatalogue.category("Молнія")).isEqualTo(WeaponCategory.DRONE);
        assertThat(WeaponCatalogue.category("x-101/x-555")).isEqualTo(WeaponCategory.CRUISE_MISSILE);
        assertThat(WeaponCatalogue.category("3M22 Zircon")).isEqualTo(WeaponCategory.CRUISE_MISSILE);
        assertThat(WeaponCatalogue.category("X-47 Kinzhal")).isEqualTo(WeaponCategory.BALLISTIC_MISSILE);
        assertThat(WeaponCatalogue.category("Iskander-M/KN-23")).isEqualTo(WeaponCategory.BALLISTIC_MISSILE);
        assertThat(WeaponCatalogue.category("C-300/C-400")).as("surface-to-air fired at the ground")
                .isEqualTo(WeaponCategory.BALLISTIC_MISSILE);
        assertThat(WeaponCatalogue.category("KAB")).isEqualTo(WeaponCategory.GUIDED_BOMB);
        assertThat(WeaponCatalogue.category("Something new")).isEqualTo(WeaponCategory.UNKNOWN);
        List<String> models = WeaponCatalogue.models("X-101/X-555 and Kalibr and X-59/X-69");
        assertThat(models).containsExactly("X-101/X-555", "Kalibr", "X-59/X-69");
        assertThat(WeaponCatalogue.category(models)).isEqualTo(WeaponCategory.MIXED);
        assertThat(WeaponCatalogue.category(WeaponCatalogue.models("Orlan-10 and ZALA"))).isEqualTo(WeaponCategory.MIXED);
        assertThat(WeaponCatalogue.category(WeaponCatalogue.models(null))).isEqualTo(WeaponCategory.UNKNOWN);
    }

    @Test
    void readsQuotedFieldsLineBreaksInsideQuotesAndKnowsEachRecordsLine() throws Exception {
        String text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",3\n\"two\nlines\",,\n\nlast,\"\",z";
        try (CsvReader csv = new CsvReader(new StringReader(text), 1000)) {
            assertThat(csv.next()).containsExactly("a", "b", "c");
            assertThat(csv.next()).containsExactly("x, y", "say \"hi\"", "3");
            assertThat(csv.recordLine()).isEqualTo(2);
            assertThat(csv.next()).containsExactly("two\nlines", "", "");
            assertThat(csv.recordLine()).isEqualTo(3);
            assertThat(CsvReader.blank(csv.next())).isTrue();
            assertThat(csv.next()).containsExactly("last", "", "z");
            assertThat(csv.recordLine()).isEqualTo(6);
            assertThat(csv.next()).isNull();
        }
        try (CsvReader csv = new CsvReader(new StringReader("a\n\"open" + "x".repeat(50)), 20)) {
            csv.next();
            assertThatThrownBy(csv::next).isInstanceOf(CsvReader.RecordTooLongException.class)
                    .hasMessageStartingWith("line 2: a record longer than 20 characters");
        }
    }

    @Test
    void readsKyivTimesAcrossBothDaylightSavingChanges() {
        MissileAttacksFormat format = new MissileAttacksFormat(CONTEXT);
        format.header(new Header("time_start,time_end,model,launch_place,target,launched,destroyed,not_reach_goal,source"
                .split(",")));
        ImportRow spring = format.map(2, "2025-03-30 02:30,2025-03-30 05:00,Shahed-136/131,,Ukraine,1,1,,s".split(",", -1));
        // 02:30 on the last Sunday of March still is winter time (+02:00); 05:00 is summer time (+03:00)
        assertThat(spring.startedAt()).hasToString("2025-03-30T00:30:00Z");
        assertThat(spring.endedAt()).hasToString("2025-03-30T02:00:00Z");
        ImportRow autumn = format.map(3, "2025-10-26,2025-10-26,Shahed-136/131,,Ukraine,1,1,,s".split(",", -1));
        assertThat(autumn.startedAt()).hasToString("2025-10-25T21:00:00Z");
        assertThat(autumn.endedAt()).hasToString("2025-10-26T21:59:59Z");
        ImportRow summer = format.map(4, "2025-07-01 20:00,2025-07-02 08:00,Kalibr,,south,3,3,,s".split(",", -1));
        assertThat(summer.startedAt()).hasToString("2025-07-01T17:00:00Z");
        assertThat(summer.region()).isEqualTo("south");
    }

    @Test
    void ledgerClaimsReconcileToExactlyTheWrittenFigures() {
        LedgerFormat format = new LedgerFormat(CONTEXT);
        format.header(new Header(LedgerFormat.COLUMNS.toArray(String[]::new)));
        Random random = new Random(42);
        for (int run = 0; run < 2000; run++) {
            String[] row = new String[LedgerFormat.COLUMNS.size()];
            java.util.Arrays.fill(row, "");
            row[0] = String.valueOf(run);
            row[1] = "RU";
            row[2] = "UA";
            row[3] = "2025-04-11T17:00:00Z";
            row[5] = "HOUR";
            Map<Figure, long[]> written = new EnumMap<>(Figure.class);
            int column = 16;
            for (Figure figure : Figure.values()) {
                if (random.nextBoolean()) {
                    int claims = 1 + random.nextInt(4);
                    long low = random.nextInt(100);
                    long best = low + (claims > 1 || random.nextBoolean() ? random.nextInt(50) : 0);
                    Long high = random.nextBoolean() ? null : best + random.nextInt(50);
                    if (claims == 1 && high == null) {
                        low = best;
                    }
                    row[column] = String.valueOf(low);
                    row[column + 1] = String.valueOf(best);
                    row[column + 2] = high == null ? "" : String.valueOf(high);
                    row[column + 3] = String.valueOf(claims);
                    written.put(figure, new long[] {low, best, high == null ? -1 : high, claims});
                }
                column += 4;
            }
            Map<Figure, ReconciledFigure> reconciled = format.map(run + 2, row).reconciled();
            List<String> got = new ArrayList<>();
            List<String> want = new ArrayList<>();
            for (Figure figure : Figure.values()) {
                ReconciledFigure f = reconciled.get(figure);
                got.add(f == null ? "-" : f.low() + "/" + f.best() + "/" + (f.high() == null ? -1 : f.high()) + "/"
                        + f.claims());
                long[] w = written.get(figure);
                want.add(w == null ? "-" : w[0] + "/" + w[1] + "/" + w[2] + "/" + w[3]);
            }
            assertThat(got).as("row " + String.join(",", row)).isEqualTo(want);
        }
    }

    @Test
    void ledgerListsUndoTheExportsEscapes() {
        List<String> items = List.of("Shahed|Geran", "C:\\models\\", "X-101", "tail\\|");
        String cell = org.conflictledger.common.CsvWriter.joined(items);
        assertThat(cell).isEqualTo("Shahed\\|Geran|C:\\\\models\\\\|X-101|tail\\\\\\|");
        assertThat(LedgerFormat.list(cell)).containsExactlyElementsOf(items);
        assertThat(LedgerFormat.list(" a | b |a||")).containsExactly("a", "b");
        assertThat(LedgerFormat.list("back\\slash\\")).as("a lone backslash stays").containsExactly("back\\slash\\");
        assertThat(LedgerFormat.list(null)).isEmpty();
    }
}
