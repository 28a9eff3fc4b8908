package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The real Air Force data set from the shared data folder (skipped when it is absent): the newer file,
 * then the older snapshot, into an empty ledger. Every row is created once, the snapshot changes
 * nothing, and the yearly launched/destroyed sums the API gives equal those of the file itself.
 */
class MissileAttacksDataSetIT {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    /** Year (of time_start) → {launched, destroyed, rows}, computed from the file itself. */
    private static Map<Integer, long[]> sumsOf(Path file) throws IOException {
        Map<Integer, long[]> sums = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvReader csv = new CsvReader(reader, 1 << 20)) {
            String[] header = csv.next();
            Header columns = new Header(header);
            String[] row;
            while ((row = csv.next()) != null) {
                if (CsvReader.blank(row)) {
                    continue;
                }
                int year = Integer.parseInt(row[columns.position("time_start")].strip().substring(0, 4));
                long[] sum = sums.computeIfAbsent(year, y -> new long[3]);
                sum[0] += whole(row[columns.position("launched")]);
                sum[1] += whole(row[columns.position("destroyed")]);
                sum[2]++;
            }
        }
        return sums;
    }

    private static long whole(String cell) {
        return cell.isBlank() ? 0 : (long) Double.parseDouble(cell);
    }

    /** The same sums from the strike list, by Kyiv year of startedAt. */
    private static Map<Integer, long[]> sumsOf(FreshLedger ledger) {
        Map<Integer, long[]> sums = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonNode items = ledger.api.get("/api/v1/strikes?size=500&page=" + page).json().get("items");
            if (items.isEmpty()) {
                return sums;
            }
            for (JsonNode strike : items) {
                int year = Instant.parse(strike.get("startedAt").asString()).atZone(KYIV).getYear();
                long[] sum = sums.computeIfAbsent(year, y -> new long[3]);
                sum[0] += strike.get("launched").isNull() ? 0 : strike.get("launched").get("best").asLong();
                sum[1] += strike.get("intercepted").isNull() ? 0 : strike.get("intercepted").get("best").asLong();
                sum[2]++;
            }
        }
    }

    /** The same sums from the statistics endpoint: monthly buckets in Kyiv time, added up per year. */
    private static Map<Integer, long[]> statisticsOf(FreshLedger ledger) {
        Map<Integer, long[]> sums = new TreeMap<>();
        JsonNode buckets = ledger.api.get("/api/v1/stats/strikes?bucket=month&tz=Europe/Kyiv").json().get("buckets");
        for (JsonNode bucket : buckets) {
            int year = java.time.OffsetDateTime.parse(bucket.get("start").asString()).atZoneSameInstant(KYIV).getYear();
            long[] sum = sums.computeIfAbsent(year, y -> new long[3]);
            sum[0] += best(bucket.get("launched"));
            sum[1] += best(bucket.get("intercepted"));
            sum[2] += bucket.get("strikes").asLong();
        }
        return sums;
    }

    private static long best(JsonNode figure) {
        return figure == null || figure.isNull() || figure.get("best").isNull() ? 0 : figure.get("best").asLong();
    }

    @Test
    void newerFileThenOlderSnapshotLeavesTheNewerDataOnceWithTheFilesYearlySums() throws IOException {
        Path data = Imports.sharedData();
        assumeTrue(data != null && Files.isDirectory(data.resolve("missile-attacks-ua")),
                "../shared/data/missile-attacks-ua is absent: nothing to import");
        Path newer = data.resolve("missile-attacks-ua/missile_attacks_daily.csv");
        Path older = data.resolve("missile-attacks-ua/missile_attacks_daily_snapshot_2026-04-05.csv");
        Map<Integer, long[]> expected = sumsOf(newer);
        long rows = expected.values().stream().mapToLong(s -> s[2]).sum();

        try (FreshLedger ledger = new FreshLedger()) {
            JsonNode first = Imports.run(ledger.api, "missile-attacks-ua", Files.readAllBytes(newer));
            Imports.assertCounts(first, rows, rows, 0, 0, 0, 0);
            JsonNode snapshot = Imports.run(ledger.api, "missile-attacks-ua", Files.readAllBytes(older));
            assertThat(snapshot.get("created").asLong()).isZero();
            assertThat(snapshot.get("updated").asLong()).isZero();
            assertThat(snapshot.get("unchanged").asLong()).isEqualTo(snapshot.get("read").asLong()).isPositive();

            Map<Integer, long[]> actual = sumsOf(ledger);
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((year, sum) -> assertThat(actual.get(year)).as("launched, destroyed, rows in " + year)
                    .containsExactly(sum));
            Map<Integer, long[]> statistics = statisticsOf(ledger);
            assertThat(statistics.keySet()).isEqualTo(expected.keySet());
            expected.forEach((year, sum) -> assertThat(statistics.get(year))
                    .as("launched, destroyed, strikes in %d from the statistics endpoint", year).containsExactly(sum));
            assertThat(ledger.jdbc().sql("select count(*) from strike_external_id where dataset = 'missile-attacks-ua'")
                    .query(Long.class).single()).isEqualTo(rows);
            assertThat(ledger.jdbc().sql("select count(*) from claim").query(Long.class).single()).isEqualTo(rows);
        }
    }
}
