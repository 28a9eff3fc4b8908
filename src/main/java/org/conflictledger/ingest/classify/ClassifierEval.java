package org.conflictledger.ingest.classify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.conflictledger.ingest.extract.EventKind;
import org.conflictledger.ingest.extract.Extractor;
import org.conflictledger.ingest.extract.RelevanceJudge;

/**
 * Scores the committed classifier beside the rules on labelled splits ("classifier" is the service's
 * judge, {@link ClassifierRelevance}: the model with the rule overrides; "model alone" without them):
 * {@code ./mvnw -q exec:java@classifier-eval [-Dsplits=FILE,...] [-Ddata=DIR] [-Dmodel=FILE]}.
 * Prints, per split and per feed, relevance precision and recall with 95% Wilson intervals, headline
 * kind accuracy and the confusion matrix (rows labelled, columns predicted; "-" = not relevant).
 */
public final class ClassifierEval {

    static final String DEFAULT_SPLITS = "eval/classifier/train.jsonl,eval/classifier/dev.jsonl,"
            + "eval/classifier/blind.jsonl";

    public static void main(String[] args) throws IOException {
        Path data = Path.of(ClassifierTraining.property("data",
                System.getenv().getOrDefault("LEDGER_DATA", "../shared/data")));
        String model = ClassifierTraining.property("model", "");
        LinearEventClassifier classifier = model.isEmpty() ? LinearEventClassifier.load()
                : LinearEventClassifier.load(Path.of(model));
        ClassifierRelevance judge = new ClassifierRelevance(classifier);
        LabelledTexts texts = new LabelledTexts(data);
        Extractor extractor = new Extractor();
        boolean perFeed = !"false".equals(ClassifierTraining.property("perFeed", "true"));
        List<Dataset.Item> timed = new java.util.ArrayList<>();
        for (String split : ClassifierTraining.list(ClassifierTraining.property("splits", DEFAULT_SPLITS))) {
            Path file = Path.of(split);
            if (!Files.exists(file)) {
                System.out.println("no such split: " + split);
                continue;
            }
            Dataset set = Dataset.read(file, texts, extractor, List.of());
            timed.addAll(set.items);
            Map<String, Score[]> byFeed = new TreeMap<>();
            Score rules = new Score();
            Score alone = new Score();
            Score trained = new Score();
            for (Dataset.Item item : set.items) {
                Classification c = classifier.classify(item.text(), item.rules());
                RelevanceJudge.Judgement j = judge.judge(item.text(), item.rules());
                EventKind ruleKind = item.rules().relevant() ? item.rules().kind() : null;
                EventKind reading = j.relevant() ? j.headlineKind() : c.kind();
                rules.add(item, item.rules().relevant(), ruleKind);
                alone.add(item, c.relevant(), c.relevant() ? c.kind() : null, c.kind());
                trained.add(item, j.relevant(), j.headlineKind(), reading);
                Score[] feed = byFeed.computeIfAbsent(item.feed(), f -> new Score[] {new Score(), new Score()});
                feed[0].add(item, item.rules().relevant(), ruleKind);
                feed[1].add(item, j.relevant(), j.headlineKind(), reading);
            }
            System.out.printf(Locale.ROOT, "%n== %s: %d items, %d relevant by label%s%n", split, set.items.size(),
                    rules.positives(), set.missing > 0 ? ", " + set.missing + " skipped without text" : "");
            rules.print(System.out, "rules only");
            alone.print(System.out, "model alone");
            trained.print(System.out, "classifier");
            if (perFeed) {
                System.out.println("per feed (rules | classifier): relevance P [95% CI] R [95% CI], kind accuracy");
                for (Map.Entry<String, Score[]> e : byFeed.entrySet()) {
                    System.out.printf(Locale.ROOT, "  %-26s n=%-4d rel=%-3d | %s | %s%n", e.getKey(), e.getValue()[0].n,
                            e.getValue()[0].positives(), e.getValue()[0].brief(), e.getValue()[1].brief());
                }
            }
        }
        cost(judge, extractor, timed);
    }

    /**
     * Time per item on this thread: the service's judge (the classifier's features and scoring and the
     * overrides, the rules' reading given) and the rules' reading, each after a warm-up pass over the same
     * items; CPU time of the thread (what one core spends, whatever else the machine runs) and wall time.
     */
    static void cost(ClassifierRelevance judge, Extractor extractor, List<Dataset.Item> items) {
        if (items.isEmpty()) {
            return;
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        double[][] classify = new double[2][2];
        double[][] rules = new double[2][2];
        for (int pass = 0; pass < 2; pass++) {
            long wall = System.nanoTime();
            long used = cpu.getCurrentThreadCpuTime();
            for (Dataset.Item item : items) {
                sink += judge.judge(item.text(), item.rules()).relevant() ? 1 : 0;
            }
            classify[pass] = new double[] {(cpu.getCurrentThreadCpuTime() - used) / 1e6 / items.size(),
                    (System.nanoTime() - wall) / 1e6 / items.size()};
            wall = System.nanoTime();
            used = cpu.getCurrentThreadCpuTime();
            for (Dataset.Item item : items) {
                sink += extractor.extract(item.text()).relevant() ? 1 : 0;
            }
            rules[pass] = new double[] {(cpu.getCurrentThreadCpuTime() - used) / 1e6 / items.size(),
                    (System.nanoTime() - wall) / 1e6 / items.size()};
        }
        System.out.printf(Locale.ROOT, "%ncost per item on one thread over %d items, second pass (first pass), CPU time"
                + " / wall time: classifier %.3f / %.3f ms (%.3f / %.3f ms), rules' reading %.3f / %.3f ms (%.3f / %.3f ms)"
                + " [%d]%n", items.size(), classify[1][0], classify[1][1], classify[0][0], classify[0][1], rules[1][0],
                rules[1][1], rules[0][0], rules[0][1], sink % 2);
    }

    /** Counts for one split (or feed): relevance and kind, and the confusion matrix. */
    static final class Score {

        static final String[] LABELS = {"-", "STRIKE", "CEASEFIRE", "NEGOTIATION"};

        int n;
        int tp;
        int fp;
        int fn;
        int kindRight;
        int kindTotal;
        int kindGivenRelevantRight;
        final int[][] confusion = new int[4][4];

        void add(Dataset.Item item, boolean relevant, EventKind kind) {
            add(item, relevant, kind, kind);
        }

        /** {@code reading} is the kind read regardless of the relevance decision. */
        void add(Dataset.Item item, boolean relevant, EventKind kind, EventKind reading) {
            n++;
            if (item.relevant() && relevant) {
                tp++;
            } else if (relevant) {
                fp++;
            } else if (item.relevant()) {
                fn++;
            }
            if (item.kind() != null) {
                kindTotal++;
                if (item.kind() == kind) {
                    kindRight++;
                }
                if (item.kind() == reading) {
                    kindGivenRelevantRight++;
                }
            }
            confusion[index(item.relevant() ? item.kind() : null)][index(relevant ? kind : null)]++;
        }

        private static int index(EventKind kind) {
            return kind == null ? 0 : 1 + kind.ordinal();
        }

        int positives() {
            return tp + fn;
        }

        String brief() {
            return String.format(Locale.ROOT, "P %s R %s kind %s", ratio(tp, tp + fp), ratio(tp, tp + fn),
                    ratio(kindRight, kindTotal));
        }

        void print(PrintStream out, String name) {
            out.printf(Locale.ROOT, "%-11s relevance precision %s recall %s (tp %d, fp %d, fn %d)%n", name,
                    ratio(tp, tp + fp), ratio(tp, tp + fn), tp, fp, fn);
            out.printf(Locale.ROOT, "%-11s kind accuracy %s (relevant by label, counted right only when also kept);"
                    + " kind read alone %s%n", "", ratio(kindRight, kindTotal), ratio(kindGivenRelevantRight, kindTotal));
            out.printf(Locale.ROOT, "%-11s confusion (rows label, columns predicted): %s%n", "", matrix());
        }

        String matrix() {
            Map<String, String> rows = new LinkedHashMap<>();
            for (int g = 0; g < 4; g++) {
                StringBuilder sb = new StringBuilder();
                for (int p = 0; p < 4; p++) {
                    sb.append(p == 0 ? "" : " ").append(confusion[g][p]);
                }
                rows.put(LABELS[g], sb.toString());
            }
            return "[-, S, C, N] " + rows;
        }

        /** k/n with its 95% Wilson interval, or "n/a". */
        static String ratio(int k, int n) {
            if (n == 0) {
                return "n/a";
            }
            double z = 1.96;
            double p = (double) k / n;
            double denominator = 1 + z * z / n;
            double centre = (p + z * z / (2.0 * n)) / denominator;
            double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
            return String.format(Locale.ROOT, "%.3f [%.3f, %.3f] (%d/%d)", p, Math.max(0, centre - half),
                    Math.min(1, centre + half), k, n);
        }
    }
}
