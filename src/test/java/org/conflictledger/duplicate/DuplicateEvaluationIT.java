package org.conflictledger.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.conflictledger.support.Api;
import org.conflictledger.support.Instances;
import org.conflictledger.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The duplicate evaluation of {@code eval/duplicates/labels.txt} (pairs labelled by reading, see the
 * README there): a ledger of its own, in a fresh schema, imports the Air Force rows and the UCDP GED
 * sample from {@code ../shared/data} through the service's importers, writes each labelled record (a
 * report line, a news item) through {@code POST /strikes}, lets the background finder search the
 * imported strikes, and then reads, for every labelled pair, whether the blocking
 * ({@code ledger_duplicate_blocks}) reached it and the candidate the service stored. It prints pair
 * precision and recall per score band and the blocking recall, tuned and blind parts side by side
 * (also to {@code target/duplicate-evaluation.txt}), and fails when a labelled key does not resolve or
 * the tuned part misses a target (the thresholds were set from it; the blind part is reported as it
 * falls). Skipped when {@code ../shared/data} (or {@code -Dledger.shared.data}) is absent.
 */
class DuplicateEvaluationIT {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final String AIR_FORCE_FILE = "missile-attacks-ua/missile_attacks_daily.csv";
    private static final String GED_FILE = "ucdp-ged-ukraine-sample/ucdp_ged_ukraine_tail_sample.csv";

    /** One labelled record and its pairs. */
    record Labelled(String key, String time, String weapon, Map<String, Integer> figures, String part, String region,
            List<Pair> pairs) {
    }

    /** One labelled pair: the record against a row of another data set. */
    record Pair(Labelled record, String row, boolean same, String reason) {
    }

    /** What the service did with one pair. */
    record Outcome(Pair pair, boolean blocked, Double score, String relation) {

        String band(double review, double autoMerge) {
            if (score == null) {
                return blocked ? "blocked, no candidate" : "not blocked";
            }
            if ("DUPLICATE".equals(relation) && score >= autoMerge) {
                return "auto-merge";
            }
            return score >= review ? "review" : "below review";
        }
    }

    static List<Labelled> read(Path file) throws IOException {
        List<Labelled> records = new ArrayList<>();
        Labelled current = null;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("R ")) {
                String[] f = line.substring(2).split("\\s*\\|\\s*", -1);
                Map<String, Integer> figures = new LinkedHashMap<>();
                for (String figure : f[3].isBlank() ? new String[0] : f[3].split("\\s+")) {
                    String[] kv = figure.split("=");
                    figures.put(kv[0], Integer.valueOf(kv[1]));
                }
                current = new Labelled(f[0].strip(), f[1], f[2], figures, f[4], f.length > 5 ? f[5] : null,
                        new ArrayList<>());
                records.add(current);
            } else {
                String[] f = line.split("\\s+", 3);
                assertThat(f[1]).as(line).isIn("SAME", "DIFF");
                current.pairs().add(new Pair(current, f[0], f[1].equals("SAME"), f[2]));
            }
        }
        return records;
    }

    @Test
    void labelledPairsPerScoreBandTunedAndBlind() throws IOException {
        String configured = System.getProperty("ledger.shared.data", System.getenv("LEDGER_SHARED_DATA"));
        Path data = configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
        assumeTrue(Files.isRegularFile(data.resolve(AIR_FORCE_FILE)) && Files.isRegularFile(data.resolve(GED_FILE)),
                "../shared/data is absent: the duplicate evaluation needs its Air Force rows and GED sample");
        List<Labelled> records = read(Path.of("eval", "duplicates", "labels.txt"));
        List<Pair> pairs = records.stream().flatMap(r -> r.pairs().stream()).toList();

        String schema = "dup_eval_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        ConfigurableApplicationContext context = Instances.service(TestDatabase.url(), "--ledger.db.schema=" + schema,
                "--spring.datasource.hikari.maximum-pool-size=4", "--spring.jmx.enabled=false");
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        try {
            Api api = new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
            runImport(api, "missile-attacks-ua", Files.readAllBytes(data.resolve(AIR_FORCE_FILE)));
            runImport(api, "ucdp-ged", Files.readAllBytes(data.resolve(GED_FILE)));
            Map<String, Long> strikes = new LinkedHashMap<>();
            long reports = source(api, "Ukrainian Air Force", "OFFICIAL_MILITARY", "https://t.me/kpszsu");
            for (Labelled record : records) {
                if (record.key().startsWith("ged:")) {
                    strikes.put(record.key(), strikeOf(jdbc, "ucdp-ged", record.key().substring(4)));
                } else {
                    long source = record.key().startsWith("afr:") ? reports
                            : source(api, "News item", "MEDIA", "https://example.org/eval/" + record.key().hashCode());
                    strikes.put(record.key(), write(api, record, source));
                }
            }
            FinderQueue.drainUntilEmpty(context.getBean(DuplicateFinder.class), jdbc, Duration.ofMinutes(10));

            List<String> airForceLines = Files.readAllLines(data.resolve(AIR_FORCE_FILE), StandardCharsets.UTF_8);
            DuplicateProperties thresholds = context.getBean(DuplicateProperties.class);
            List<Outcome> outcomes = new ArrayList<>();
            for (Pair pair : pairs) {
                long record = strikes.get(pair.record().key());
                assertThat(pair.row()).startsWith("maua:L");
                int line = Integer.parseInt(pair.row().substring("maua:L".length()));
                long row = strikeOf(jdbc, "missile-attacks-ua", airForceId(airForceLines.get(line - 1)));
                boolean blocked = jdbc.sql("select exists (select 1 from ledger_duplicate_blocks(?) where other_id = ?)")
                        .params(new Long[] {record}, row).query(Boolean.class).single();
                Map<String, Object> candidate = jdbc.sql("select score, relation from duplicate_candidate"
                        + " where strike_a = least(?, ?) and strike_b = greatest(?, ?)")
                        .params(record, row, record, row).query().listOfRows().stream().findFirst().orElse(null);
                outcomes.add(new Outcome(pair, blocked,
                        candidate == null ? null : ((Number) candidate.get("score")).doubleValue(),
                        candidate == null ? null : (String) candidate.get("relation")));
            }
            String report = report(outcomes, thresholds.reviewScore(), thresholds.autoMergeScore());
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "duplicate-evaluation.txt"), report);

            Rates tuned = Rates.of(outcomes.stream().filter(o -> o.pair().record().part().equals("tuned")).toList(),
                    thresholds.reviewScore(), thresholds.autoMergeScore());
            assertThat(tuned.blockingRecall()).as("blocking recall, tuned part").isGreaterThanOrEqualTo(0.95);
            assertThat(tuned.reviewRecall()).as("review band recall, tuned part").isGreaterThanOrEqualTo(0.9);
            assertThat(tuned.autoPrecision()).as("auto-merge band precision, tuned part").isGreaterThanOrEqualTo(0.98);
        } finally {
            context.close();
            try (var connection = java.sql.DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                    TestDatabase.password()); var statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            } catch (java.sql.SQLException ignored) {
                // the test database is dropped at the end of the run anyway
            }
        }
    }

    /** Precision and recall of one part. */
    record Rates(int pairs, int truePairs, int blockedTrue, int autoPairs, int autoTrue, int reviewPairs,
            int reviewTrue) {

        static Rates of(List<Outcome> outcomes, double review, double autoMerge) {
            int truePairs = 0, blockedTrue = 0, autoPairs = 0, autoTrue = 0, reviewPairs = 0, reviewTrue = 0;
            for (Outcome o : outcomes) {
                String band = o.band(review, autoMerge);
                boolean same = o.pair().same();
                truePairs += same ? 1 : 0;
                blockedTrue += same && o.blocked() ? 1 : 0;
                if (band.equals("auto-merge")) {
                    autoPairs++;
                    autoTrue += same ? 1 : 0;
                } else if (band.equals("review")) {
                    reviewPairs++;
                    reviewTrue += same ? 1 : 0;
                }
            }
            return new Rates(outcomes.size(), truePairs, blockedTrue, autoPairs, autoTrue, reviewPairs, reviewTrue);
        }

        double blockingRecall() {
            return ratio(blockedTrue, truePairs);
        }

        /** True pairs proposed at or above the review threshold (review or auto-merge band), of all true pairs. */
        double reviewRecall() {
            return ratio(reviewTrue + autoTrue, truePairs);
        }

        double autoPrecision() {
            return autoPairs == 0 ? 1.0 : ratio(autoTrue, autoPairs);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? Double.NaN : (double) a / b;
        }
    }

    static String report(List<Outcome> outcomes, double review, double autoMerge) {
        List<Outcome> tuned = outcomes.stream().filter(o -> o.pair().record().part().equals("tuned")).toList();
        List<Outcome> blind = outcomes.stream().filter(o -> o.pair().record().part().equals("blind")).toList();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Duplicate evaluation: review band score >= %.4f, auto-merge band >= %.4f"
                + " (DUPLICATE only)%n%n", review, autoMerge));
        out.append(String.format(Locale.ROOT, "%-24s | %-27s | %-27s | %-27s%n", "band", "tuned: pairs true prec",
                "blind: pairs true prec", "all: pairs true prec"));
        for (String band : List.of("auto-merge", "review", "below review", "blocked, no candidate", "not blocked")) {
            out.append(String.format(Locale.ROOT, "%-24s | %s | %s | %s%n", band, cell(tuned, band, review, autoMerge),
                    cell(blind, band, review, autoMerge), cell(outcomes, band, review, autoMerge)));
        }
        out.append('\n');
        Rates t = Rates.of(tuned, review, autoMerge);
        Rates b = Rates.of(blind, review, autoMerge);
        Rates a = Rates.of(outcomes, review, autoMerge);
        out.append(String.format(Locale.ROOT, "%-44s | %-13s | %-13s | %-13s%n", "measure (target)", "tuned", "blind",
                "all"));
        out.append(rates("pairs / true pairs", t.pairs() + " / " + t.truePairs(), b.pairs() + " / " + b.truePairs(),
                a.pairs() + " / " + a.truePairs()));
        out.append(rates("auto-merge band precision (>= 0.98)", fraction(t.autoTrue(), t.autoPairs()),
                fraction(b.autoTrue(), b.autoPairs()), fraction(a.autoTrue(), a.autoPairs())));
        out.append(rates("auto-merge band recall", fraction(t.autoTrue(), t.truePairs()),
                fraction(b.autoTrue(), b.truePairs()), fraction(a.autoTrue(), a.truePairs())));
        out.append(rates("review band precision", fraction(t.reviewTrue(), t.reviewPairs()),
                fraction(b.reviewTrue(), b.reviewPairs()), fraction(a.reviewTrue(), a.reviewPairs())));
        out.append(rates("review band recall, review + auto (>= 0.9)", fraction(t.reviewTrue() + t.autoTrue(),
                t.truePairs()), fraction(b.reviewTrue() + b.autoTrue(), b.truePairs()),
                fraction(a.reviewTrue() + a.autoTrue(), a.truePairs())));
        out.append(rates("blocking recall (>= 0.95)", fraction(t.blockedTrue(), t.truePairs()),
                fraction(b.blockedTrue(), b.truePairs()), fraction(a.blockedTrue(), a.truePairs())));
        out.append("\nScores of the tuned part's true pairs: ").append(tuned.stream().filter(o -> o.pair().same())
                .map(o -> o.score() == null ? "none" : String.format(Locale.ROOT, "%.4f", o.score())).sorted().toList())
                .append('\n');
        out.append("\nTuned part, pairs the thresholds get wrong (false proposals at or above review, true pairs below):\n");
        for (Outcome o : tuned) {
            String band = o.band(review, autoMerge);
            boolean proposed = band.equals("auto-merge") || band.equals("review");
            if (proposed != o.pair().same()) {
                out.append(String.format(Locale.ROOT, "  %s %s %s %s: %s, score %s %s%n", o.pair().same() ? "SAME" : "DIFF",
                        o.pair().record().key(), o.pair().row(), o.pair().reason(), band, o.score(),
                        o.relation() == null ? "" : o.relation()));
            }
        }
        return out.toString();
    }

    private static String cell(List<Outcome> outcomes, String band, double review, double autoMerge) {
        List<Outcome> in = outcomes.stream().filter(o -> o.band(review, autoMerge).equals(band)).toList();
        long same = in.stream().filter(o -> o.pair().same()).count();
        return String.format(Locale.ROOT, "%5d %5d %-15s", in.size(), same,
                in.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", (double) same / in.size()));
    }

    private static String rates(String name, String tuned, String blind, String all) {
        return String.format(Locale.ROOT, "%-44s | %-13s | %-13s | %-13s%n", name, tuned, blind, all);
    }

    private static String fraction(int a, int b) {
        return b == 0 ? "- (0/0)" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) a / b, a, b);
    }

    /** Writes a labelled record as an analyst accepting it would: one strike, one claim of its source. */
    private static long write(Api api, Labelled record, long source) {
        String[] time = record.time().strip().split("\\s+");
        String window;
        if (time[0].equals("asof")) {
            LocalDateTime asOf = LocalDateTime.parse(time[1] + "T" + time[2]);
            window = "'startedAt':'" + asOf.minusHours(12).atZone(KYIV).toOffsetDateTime() + "','endedAt':'"
                    + asOf.atZone(KYIV).toOffsetDateTime() + "','timePrecision':'HOUR'";
        } else if (time[0].equals("window")) {
            LocalDateTime from = LocalDateTime.parse(time[1] + "T" + time[2]);
            LocalDateTime to = LocalDateTime.parse(time[3] + "T" + time[4]);
            window = "'startedAt':'" + from.atZone(KYIV).toOffsetDateTime() + "','endedAt':'"
                    + to.atZone(KYIV).toOffsetDateTime() + "','timePrecision':'"
                    + (from.getMinute() == 0 && to.getMinute() == 0 ? "HOUR" : "MINUTE") + "'";
        } else {
            assertThat(time[0]).isEqualTo("day");
            // known to the day: the day's bounds, as accepting a news candidate records them
            LocalDate day = LocalDate.parse(time[1]);
            window = "'startedAt':'" + day.atStartOfDay(KYIV).toOffsetDateTime() + "','endedAt':'"
                    + day.plusDays(1).atStartOfDay(KYIV).minusSeconds(1).toOffsetDateTime() + "','timePrecision':'DAY'";
        }
        StringBuilder figures = new StringBuilder();
        record.figures().forEach((name, value) -> figures.append(",'").append(name).append("':{'value':").append(value)
                .append(",'qualifier':'EXACT'}"));
        String place = record.region() == null ? "'geoPrecision':'COUNTRY'"
                : "'region':'" + record.region() + "','geoPrecision':'REGION'";
        String[] weapon = record.weapon().split(":", 2);
        String models = weapon.length < 2 ? "" : ",'weaponModels':['" + String.join("','", weapon[1].split(";")) + "']";
        Api.Response created = api.post("/api/v1/strikes", Api.json("{'attacker':'RU','target':'UA'," + window
                + ",'country':'UA'," + place + ",'weaponCategory':'" + weapon[0] + "'" + models
                + ",'claims':[{'sourceId':" + source + figures + "}]}"));
        assertThat(created.status()).as(record.key() + ": " + created).isEqualTo(201);
        return created.id();
    }

    private static long source(Api api, String publisher, String kind, String url) {
        Api.Response created = api.post("/api/v1/sources", Api.json("{'publisher':'" + publisher + "','kind':'" + kind
                + "','url':'" + url + "'}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static long strikeOf(JdbcClient jdbc, String dataset, String externalId) {
        List<Long> ids = jdbc.sql("select strike_id from strike_external_id where dataset = ? and external_id = ?")
                .params(dataset, externalId).query(Long.class).list();
        assertThat(ids).as(dataset + " " + externalId).hasSize(1);
        return ids.get(0);
    }

    /**
     * The external id the missile-attacks-ua import gives a row: SHA-1 over {@code time_start, time_end,
     * model, launch_place, target, source}, stripped, joined by the unit separator (an empty cell adds nothing).
     */
    static String airForceId(String line) {
        List<String> cells = cells(line);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-1");
            int[] columns = {0, 1, 2, 3, 4, 21};
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    sha.update((byte) 0x1f);
                }
                sha.update(cells.get(columns[i]).strip().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cells of one CSV line (RFC 4180 quoting; the Air Force file has no line breaks inside cells). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static JsonNode runImport(Api api, String format, byte[] body) {
        Api.Response posted = api.sendBytes("POST", "/api/v1/imports?format=" + format, body, "text/csv");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(202);
        long deadline = System.currentTimeMillis() + 300_000;
        while (true) {
            JsonNode job = api.get("/api/v1/imports/" + posted.id()).json();
            String status = job.get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                assertThat(status).as(job.toString()).isEqualTo("DONE");
                return job;
            }
            assertThat(System.currentTimeMillis()).as("import of " + format).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
