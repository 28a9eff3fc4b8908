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
 * {@code ./mvnw -q exec:java@extract-eval -Dlabels=FILE [-Dpredictions=OUT] [-Dtexts=JSONL,...] [-Drelevance=rules]}
 * (relevance and headline kind judged as the service judges them, by the trained classifier unless
 * {@code -Drelevance=rules}; {@code -Drelevance=labels} takes them from each item's label, so that the events
 * stage is scored apart from the relevance decision).
 * Prints precision and recall of relevance and of each kind, kind accuracy, and the accuracy of
 * every field on the relevant items of the kind it belongs to. With {@code predictions} it writes
 * its own output for every item in the label format. With {@code texts}, items that carry only an
 * {@code id} (a link) take their title, text and date from those JSONL files (fields
 * {@code link}, {@code title}, {@code description}, {@code date_published}), so that labels of
 * texts the project may not copy can be kept without the texts. A {@code texts} file ending in
 * {@code .json} is read as a JSON array of articles ({@code filename}, {@code content}): item
 * {@code article-<index>} is the article at that 0-based index, its title the first sentence, its
 * text the first {@value #ARTICLE_SENTENCES} sentences, its date the {@code YYYYMMDDTHHMMSSZ} that
 * starts the file name. With {@code -Ddump=OUT} the command only writes every item's resolved
 * {@code id, published, title, summary} (for a person to label) and runs no extraction.
 */
public final class ExtractionEval {

    static final List<String> STRIKE_FIELDS = List.of("date", "attacker", "target_country", "places", "weapon",
            "launched", "intercepted", "suppressed", "killed", "wounded");

    /** Sentences of an article read as its summary (title included), like a feed's description. */
    static final int ARTICLE_SENTENCES = 6;

    /** CPU time of this thread: the cost of extraction whatever else the machine runs. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Extractor extractor;
    private final JsonMapper json = JsonMapper.builder().build();
    private final LabelFormat format = new LabelFormat(json);

    /** Scores the rules' own decision (tests; the command scores the service's judge). */
    ExtractionEval() {
        this(new Extractor());
    }

    /** Scores {@code extractor}: the command passes one with the service's relevance judge. */
    public ExtractionEval(Extractor extractor) {
        this.extractor = extractor;
    }

    /**
     * The command's work, with {@code extractor} judging relevance as the service does: the entry point
     * ({@code org.conflictledger.ingest.classify.ExtractEvalCommand}) builds it from the same setting.
     */
    public static void command(String[] args, Extractor extractor) throws IOException {
        String labels = property("labels", args, 0);
        if (labels == null) {
            System.err.println("usage: ./mvnw -q exec:java@extract-eval -Dlabels=FILE [-Dpredictions=OUT]"
                    + " [-Dtexts=JSONL|JSON,...] [-Ddump=OUT]");
            System.exit(2);
            return;
        }
        String predictions = property("predictions", args, 1);
        String texts = property("texts", args, 2);
        String dump = property("dump", args, 3);
        ExtractionEval eval = new ExtractionEval(extractor);
        if (dump != null) {
            int n = eval.dump(Path.of(labels), Path.of(dump), texts == null ? List.of()
                    : List.of(texts.split(",")).stream().map(String::trim).map(Path::of).toList());
            System.out.println("wrote the texts of " + n + " items to " + dump);
            return;
        }
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
        Report report = new Report(new EventScore(json));
        Writer out = predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
        try (BufferedReader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = json.readTree(line);
                String id = item.path("id").asString("");
                Resolved text = resolve(item, byLink);
                if (text == null) {
                    report.missing++;
                    continue;
                }
                if (extractor.judge() instanceof LabelRelevance fromLabels) {
                    fromLabels.expect(item.get("label"));
                }
                long start = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime();
                ArticleReading reading = extractor.read(new ArticleText(text.title(), text.summary(),
                        instant(text.published())));
                report.time(System.nanoTime() - start, CPU.getCurrentThreadCpuTime() - cpu, words(text));
                ObjectNode predicted = label(reading);
                if (!"en".equals(reading.language())) {
                    // out of scope: counted apart, not scored
                    report.otherLanguages.merge(reading.language(), 1, Integer::sum);
                    writePrediction(out, id, predicted);
                    continue;
                }
                report.add(item.get("label"), predicted);
                report.events.add(item.get("label"), predicted);
                writePrediction(out, id, predicted);
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
        return report;
    }

    private void writePrediction(Writer out, String id, ObjectNode predicted) throws IOException {
        if (out != null) {
            ObjectNode line = json.createObjectNode();
            line.put("id", id);
            line.set("label", predicted);
            out.write(json.writeValueAsString(line));
            out.write('\n');
        }
    }

    private static int words(Resolved text) {
        String all = (text.title() == null ? "" : text.title()) + " " + (text.summary() == null ? "" : text.summary());
        return all.isBlank() ? 0 : all.trim().split("\\s+").length;
    }

    /** An item's text as the extractor reads it. */
    record Resolved(String title, String summary, String published) {
    }

    /** The item's own text, or the one its id names in the texts files; null when there is none. */
    Resolved resolve(JsonNode item, Map<String, JsonNode> byLink) {
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
            return null;
        }
        return new Resolved(title, org.jsoup.Jsoup.parse(summary == null ? "" : summary).text(), published);
    }

    /** Writes every item's resolved text (no extraction): what a person labels. */
    int dump(Path labels, Path out, List<Path> texts) throws IOException {
        Map<String, JsonNode> byLink = texts(texts);
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8);
                Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = json.readTree(line);
                Resolved text = resolve(item, byLink);
                ObjectNode node = json.createObjectNode();
                node.put("id", item.path("id").asString(""));
                putText(node, "published", text == null ? null : text.published());
                putText(node, "title", text == null ? null : text.title());
                putText(node, "summary", text == null ? null : text.summary());
                w.write(json.writeValueAsString(node));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private Map<String, JsonNode> texts(List<Path> files) throws IOException {
        Map<String, JsonNode> byLink = new HashMap<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                System.err.println("texts file not found: " + file);
                continue;
            }
            if (file.getFileName().toString().endsWith(".json")) {
                articles(file, byLink);
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

    /**
     * A JSON array of full articles, each as {@code article-<index>}: the first sentence is its
     * title, the first {@value #ARTICLE_SENTENCES} sentences its summary, the time that starts its
     * file name ({@code 20220301T120000Z_...}) its publication time.
     */
    private void articles(Path file, Map<String, JsonNode> byLink) throws IOException {
        JsonNode array = json.readTree(file.toFile());
        for (int i = 0; i < array.size(); i++) {
            JsonNode article = array.get(i);
            byLink.putIfAbsent("article-" + i, article(article));
            byLink.putIfAbsent("article-full-" + i, wholeArticle(article));
        }
    }

    /** A whole article ({@code article-full-<index>}): its first sentence the title, all of it the text. */
    ObjectNode wholeArticle(JsonNode article) {
        ObjectNode node = article(article);
        List<String> sentences = Sentences.split(article.path("content").asString(""));
        node.put("description", String.join(" ", sentences));
        return node;
    }

    /** One article in the shape of a feed item ({@code title}, {@code description}, {@code date_published}). */
    ObjectNode article(JsonNode article) {
        List<String> sentences = Sentences.split(article.path("content").asString(""));
        ObjectNode node = json.createObjectNode();
        node.put("title", sentences.isEmpty() ? "" : sentences.get(0));
        node.put("description", String.join(" ", sentences.subList(0, Math.min(ARTICLE_SENTENCES, sentences.size()))));
        String name = article.path("filename").asString("");
        if (name.matches("\\d{8}T\\d{6}Z.*")) {
            node.put("date_published", name.substring(0, 4) + "-" + name.substring(4, 6) + "-" + name.substring(6, 8)
                    + "T" + name.substring(9, 11) + ":" + name.substring(11, 13) + ":" + name.substring(13, 15) + "Z");
        }
        return node;
    }

    /** The reading in the label format v2 (see {@link LabelFormat}). */
    ObjectNode label(ArticleReading reading) {
        return format.label(reading);
    }

    private static void putText(ObjectNode node, String field, String value) {
        LabelFormat.putText(node, field, value);
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
        final EventScore events;
        final Map<String, Integer> otherLanguages = new java.util.TreeMap<>();
        long nanos;
        long cpuNanos;
        long words;
        int timed;

        Report(EventScore events) {
            this.events = events;
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

        void time(long elapsed, long cpu, int wordCount) {
            nanos += elapsed;
            cpuNanos += cpu;
            words += wordCount;
            timed++;
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
            events.print(out);
            if (!otherLanguages.isEmpty()) {
                out.println("not English, stored and not extracted (not scored): " + otherLanguages);
            }
            if (timed > 0) {
                out.printf(Locale.ROOT, "cost, CPU time of one thread: %.2f ms per item (%.0f words on average),"
                        + " %.2f ms per 1,000 words; wall time %.2f ms per item (JIT warming up over the run)%n",
                        cpuNanos / 1e6 / timed, (double) words / timed,
                        words == 0 ? Double.NaN : cpuNanos / 1e6 / words * 1000, nanos / 1e6 / timed);
            }
        }
    }
}
