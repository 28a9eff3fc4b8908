package org.conflictledger.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores the extractor on a labelled JSONL file:
 * {@code ./mvnw -q exec:java@extract-eval -Dlabels=FILE [-Dpredictions=OUT] [-Dtexts=JSONL,...]}.
 * Prints precision and recall of relevance and of each kind, kind accuracy, and the accuracy of
 * every field on the relevant items of the kind it belongs to. With {@code predictions} it writes
 * its own output for every item in the label format. With {@code texts}, items that carry only an
 * {@code id} (a link) take their title, text and date from those JSONL files (fields
 * {@code link}, {@code title}, {@code description}, {@code date_published}), so that labels of
 * texts the project may not copy can be kept without the texts.
 */
public final class ExtractionEval {

    static final List<String> STRIKE_FIELDS = List.of("date", "attacker", "target_country", "places", "weapon",
            "launched", "intercepted", "suppressed", "killed", "wounded");

    private final Extractor extractor = new Extractor();
    private final JsonMapper json = JsonMapper.builder().build();

    public static void main(String[] args) throws IOException {
        String labels = property("labels", args, 0);
        if (labels == null) {
            System.err.println("usage: ./mvnw -q exec:java@extract-eval -Dlabels=FILE [-Dpredictions=OUT]"
                    + " [-Dtexts=JSONL,...]");
            System.exit(2);
            return;
        }
        String predictions = property("predictions", args, 1);
        String texts = property("texts", args, 2);
        ExtractionEval eval = new ExtractionEval();
        Report report = eval.run(Path.of(labels), predictions == null ? null : Path.of(predictions),
                texts == null ? List.of() : List.of(texts.split(",")).stream().map(String::trim).map(Path::of).toList());
        report.print(System.out, labels);
    }

    private static String property(String name, String[] args, int index) {
        String value = System.getProperty(name);
        if ((value == null || value.isBlank()) && args.length > index && !args[index].isBlank()) {
            value = args[index];
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** Runs the extractor over every labelled item; writes predictions when asked. */
    Report run(Path labels, Path predictions, List<Path> texts) throws IOException {
        Map<String, JsonNode> byLink = texts(texts);
        Report report = new Report();
        Writer out = predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
        try (BufferedReader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = json.readTree(line);
                String id = item.path("id").asString("");
                String title = text(item, "title");
                String summary = text(item, "summary");
                String published = text(item, "published");
                if (title == null && summary == null && byLink.containsKey(id)) {
                    JsonNode source = byLink.get(id);
                    title = text(source, "title");
                    summary = text(source, "description");
                    published = text(source, "date_published");
                }
                if (title == null && summary == null) {
                    report.missing++;
                    continue;
                }
                Extraction extraction = extractor.extract(new ArticleText(title,
                        org.jsoup.Jsoup.parse(summary == null ? "" : summary).text(), instant(published)));
                ObjectNode predicted = label(extraction);
                report.add(item.get("label"), predicted);
                if (out != null) {
                    ObjectNode line2 = json.createObjectNode();
                    line2.put("id", id);
                    line2.set("label", predicted);
                    out.write(json.writeValueAsString(line2));
                    out.write('\n');
                }
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
        return report;
    }

    private Map<String, JsonNode> texts(List<Path> files) throws IOException {
        Map<String, JsonNode> byLink = new HashMap<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                System.err.println("texts file not found: " + file);
                continue;
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        JsonNode node = json.readTree(line);
                        byLink.putIfAbsent(node.path("link").asString(""), node);
                    }
                }
            }
        }
        return byLink;
    }

    /** The extraction in the label format. */
    ObjectNode label(Extraction x) {
        ObjectNode label = json.createObjectNode();
        label.put("relevant", x.relevant());
        if (x.kind() == null) {
            label.putNull("kind");
        } else {
            label.put("kind", x.kind().name());
        }
        boolean strike = x.relevant() && x.kind() == EventKind.STRIKE;
        putText(label, "date", strike && x.date() != null ? x.date().value().date().toString() : null);
        putText(label, "attacker", strike && x.attacker() != null ? x.attacker().value() : null);
        putText(label, "target_country", strike && x.target() != null ? x.target().value() : null);
        ArrayNode places = label.putArray("places");
        if (strike) {
            x.places().forEach(p -> places.add(p.value().name()));
        }
        putText(label, "weapon", strike ? Extractor.coarseWeapon(x) : null);
        putFigure(label, "launched", strike ? x.launched() : null);
        putFigure(label, "intercepted", strike ? x.intercepted() : null);
        putFigure(label, "suppressed", strike ? x.suppressed() : null);
        putFigure(label, "killed", strike ? x.killed() : null);
        putFigure(label, "wounded", strike ? x.wounded() : null);
        ArrayNode participants = label.putArray("participants");
        if (x.relevant() && x.kind() == EventKind.NEGOTIATION) {
            x.participants().forEach(p -> participants.add(p.value().name()));
        }
        return label;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void putFigure(ObjectNode node, String field,
            Extracted<org.conflictledger.strike.StatedFigure> figure) {
        if (figure == null) {
            node.putNull(field);
            return;
        }
        ObjectNode value = node.putObject(field);
        value.put("value", figure.value().value());
        value.put("qualifier", figure.value().qualifier().name());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return Instant.parse("2025-01-01T00:00:00Z");
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (RuntimeException e) {
            // next form
        }
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX")).toInstant();
        } catch (RuntimeException e) {
            // next form
        }
        try {
            return Instant.parse(t);
        } catch (RuntimeException e) {
            return LocalDate.parse(t.substring(0, 10)).atTime(12, 0).toInstant(ZoneOffset.UTC);
        }
    }

    /** Counts and the printed report. */
    static final class Report {

        int items;
        int missing;
        int tp;
        int fp;
        int fn;
        int tn;
        final Map<String, int[]> kinds = new LinkedHashMap<>();
        int kindRight;
        int kindTotal;
        final Map<String, int[]> fields = new LinkedHashMap<>();
        int launchedStated;
        int launchedRight;

        Report() {
            for (String kind : List.of("STRIKE", "CEASEFIRE", "NEGOTIATION")) {
                kinds.put(kind, new int[3]);
            }
            for (String field : STRIKE_FIELDS) {
                fields.put(field, new int[2]);
            }
            fields.put("participants", new int[2]);
        }

        void add(JsonNode gold, JsonNode predicted) {
            items++;
            boolean goldRelevant = gold.path("relevant").asBoolean(false);
            boolean predRelevant = predicted.path("relevant").asBoolean(false);
            if (goldRelevant && predRelevant) {
                tp++;
            } else if (predRelevant) {
                fp++;
            } else if (goldRelevant) {
                fn++;
            } else {
                tn++;
            }
            String goldKind = goldRelevant ? nullable(gold, "kind") : null;
            String predKind = predRelevant ? nullable(predicted, "kind") : null;
            for (Map.Entry<String, int[]> kind : kinds.entrySet()) {
                boolean g = kind.getKey().equals(goldKind);
                boolean p = kind.getKey().equals(predKind);
                if (g && p) {
                    kind.getValue()[0]++;
                } else if (p) {
                    kind.getValue()[1]++;
                } else if (g) {
                    kind.getValue()[2]++;
                }
            }
            if (goldKind != null) {
                kindTotal++;
                if (goldKind.equals(predKind)) {
                    kindRight++;
                }
            }
            if ("STRIKE".equals(goldKind)) {
                for (String field : STRIKE_FIELDS) {
                    fields.get(field)[1]++;
                    if (same(field, gold.get(field), predicted.get(field))) {
                        fields.get(field)[0]++;
                    }
                }
                JsonNode launched = gold.get("launched");
                if (launched != null && !launched.isNull()) {
                    launchedStated++;
                    if (same("launched", launched, predicted.get("launched"))) {
                        launchedRight++;
                    }
                }
            }
            if ("NEGOTIATION".equals(goldKind)) {
                fields.get("participants")[1]++;
                if (same("participants", gold.get("participants"), predicted.get("participants"))) {
                    fields.get("participants")[0]++;
                }
            }
        }

        static boolean same(String field, JsonNode gold, JsonNode predicted) {
            boolean goldEmpty = gold == null || gold.isNull() || gold.isArray() && gold.isEmpty();
            boolean predEmpty = predicted == null || predicted.isNull() || predicted.isArray() && predicted.isEmpty();
            if (goldEmpty || predEmpty) {
                return goldEmpty && predEmpty;
            }
            return switch (field) {
                case "places" -> names(gold, false).equals(names(predicted, false));
                case "participants" -> names(gold, true).equals(names(predicted, true));
                case "launched", "intercepted", "suppressed", "killed", "wounded" ->
                        gold.path("value").asLong() == predicted.path("value").asLong()
                                && gold.path("qualifier").asString("").equals(predicted.path("qualifier").asString(""));
                default -> gold.asString().equalsIgnoreCase(predicted.asString());
            };
        }

        /** Names compared case-insensitively; people by surname ("Witkoff" = "Steve Witkoff"). */
        private static Set<String> names(JsonNode array, boolean surnames) {
            Set<String> out = new TreeSet<>();
            for (JsonNode n : array) {
                String name = n.asString().trim().toLowerCase(Locale.ROOT);
                if (surnames) {
                    String[] parts = name.split("\\s+");
                    name = parts[parts.length - 1];
                }
                out.add(name);
            }
            return out;
        }

        private static String nullable(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }

        double relevancePrecision() {
            return ratio(tp, tp + fp);
        }

        double relevanceRecall() {
            return ratio(tp, tp + fn);
        }

        double kindAccuracy() {
            return ratio(kindRight, kindTotal);
        }

        double launchedAccuracy() {
            return ratio(launchedRight, launchedStated);
        }

        double fieldAccuracy(String field) {
            int[] counts = fields.get(field);
            return ratio(counts[0], counts[1]);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? Double.NaN : (double) a / b;
        }

        void print(PrintStream out, String name) {
            out.printf(Locale.ROOT, "Extraction evaluation of %s: %d items (%d relevant by label)%s%n", name, items,
                    tp + fn, missing > 0 ? ", " + missing + " skipped without text" : "");
            out.printf(Locale.ROOT, "relevance   precision %.3f  recall %.3f  (tp %d, fp %d, fn %d, tn %d)%n",
                    relevancePrecision(), relevanceRecall(), tp, fp, fn, tn);
            for (Map.Entry<String, int[]> kind : kinds.entrySet()) {
                int[] c = kind.getValue();
                out.printf(Locale.ROOT, "%-11s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n", kind.getKey(),
                        ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), c[0], c[1], c[2]);
            }
            out.printf(Locale.ROOT, "kind        accuracy  %.3f  (%d of %d relevant items)%n", kindAccuracy(),
                    kindRight, kindTotal);
            out.printf(Locale.ROOT, "launched value+qualifier exact on items that state one: %.3f (%d of %d)%n",
                    launchedAccuracy(), launchedRight, launchedStated);
            out.println("field accuracy on the relevant items of its kind (null = null counts as right):");
            for (Map.Entry<String, int[]> field : fields.entrySet()) {
                int[] c = field.getValue();
                out.printf(Locale.ROOT, "  %-15s %.3f  (%d of %d)%n", field.getKey(), ratio(c[0], c[1]), c[0], c[1]);
            }
        }
    }
}
