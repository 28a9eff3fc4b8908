package org.conflictledger.ingest.classify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import org.conflictledger.ingest.extract.EventKind;
import org.conflictledger.ingest.extract.Extractor;

/**
 * Trains the event classifier: {@code ./mvnw -q exec:java@train-classifier [-Ddata=DIR] [-Dexclude=ruwa]}.
 * L2-regularised logistic regression (LIBLINEAR, fixed seed) for relevance on every train item and for
 * the headline kind on the relevant ones; the regularisation of each and the relevance threshold are
 * chosen on the dev split (the threshold as the lowest that keeps dev precision at or above
 * {@value #TARGET_PRECISION}). Writes the model the service loads. The same data gives the same bytes.
 */
public final class ClassifierTraining {

    static final double TARGET_PRECISION = 0.90;
    static final double[] COSTS = {1, 4, 16, 64};
    /** With each word feature 1 instead of a unit-length word part, the same fit needs a smaller cost. */
    static final double[] PRESENCE_COSTS = {0.25, 0.5, 1, 2, 4};
    /** A feature must occur in at least this many training items to be kept. */
    static final int MIN_DF = 2;
    /** The character part's length beside the word part's (1), and each rule hit's value: chosen on dev. */
    static final double CHAR_WEIGHT = 0.5;
    static final double RULE_WEIGHT = 1.0;
    /** Cost weight of the relevant class in the relevance model (the irrelevant class has 1). */
    static final double POSITIVE_WEIGHT = Double.parseDouble(System.getProperty("posWeight", "1"));

    public static void main(String[] args) throws IOException {
        Path data = Path.of(property("data", System.getenv().getOrDefault("LEDGER_DATA", "../shared/data")));
        Path train = Path.of(property("train", "eval/classifier/train.jsonl"));
        Path dev = Path.of(property("dev", "eval/classifier/dev.jsonl"));
        Path model = Path.of(property("model", "src/main/resources/" + LinearEventClassifier.MODEL_RESOURCE));
        List<String> exclude = list(property("exclude", ""));
        if (!Files.isDirectory(data)) {
            System.err.println("no data directory " + data + " (set -Ddata=DIR or LEDGER_DATA)");
            System.exit(2);
        }
        LabelledTexts texts = new LabelledTexts(data);
        Extractor extractor = new Extractor();
        Dataset trainSet = Dataset.read(train, texts, extractor, exclude);
        Dataset devSet = Dataset.read(dev, texts, extractor, exclude);
        System.out.printf(Locale.ROOT, "train %d items (%d without text), dev %d items (%d without text)%n",
                trainSet.items.size(), trainSet.missing, devSet.items.size(), devSet.missing);
        Map<String, String> about = new LinkedHashMap<>();
        about.put("trainedOn", train + " sha256 " + sha256(train) + ", " + trainSet.items.size() + " items"
                + (exclude.isEmpty() ? "" : ", feeds left out: " + String.join(",", exclude)));
        about.put("tunedOn", dev + " sha256 " + sha256(dev) + ", " + devSet.items.size() + " items");
        double chars = Double.parseDouble(property("charWeight", String.valueOf(CHAR_WEIGHT)));
        double rules = Double.parseDouble(property("ruleWeight", String.valueOf(RULE_WEIGHT)));
        // the word part as unit length or as presence (1 per feature), each with its own costs: chosen on dev
        Trained trained = null;
        for (boolean presence : new boolean[] {false, true}) {
            System.out.println("word part " + (presence ? "presence (1 per feature)" : "unit length") + ":");
            Trained t = fit(trainSet.items, devSet.items, new Features.Weights(chars, rules, presence), about, true);
            if (trained == null || t.devRecall() > trained.devRecall()) {
                trained = t;
            }
        }
        LinearModel chosen = trained.model();
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(model)) {
            chosen.write(out);
        }
        System.out.printf(Locale.ROOT, "wrote %s: %d features, %s, threshold %.4f, sha256 %s%n", model, chosen.size(),
                chosen.about().get("parts"), chosen.threshold(), sha256(model));
    }

    /** A trained model and its dev recall at the chosen threshold. */
    record Trained(LinearModel model, double devRecall) {
    }

    /** Trains on {@code train}, choosing costs and threshold on {@code dev}. */
    static LinearModel train(List<Dataset.Item> train, List<Dataset.Item> dev, Features.Weights parts,
            Map<String, String> about, boolean verbose) {
        return fit(train, dev, parts, about, verbose).model();
    }

    static Trained fit(List<Dataset.Item> train, List<Dataset.Item> dev, Features.Weights parts,
            Map<String, String> about, boolean verbose) {
        double[] costs = parts.wordPresence() ? PRESENCE_COSTS : COSTS;
        Linear.disableDebugOutput();
        List<List<Features.Feature>> f = train.stream().map(i -> i.features(parts)).toList();
        List<List<Features.Feature>> fDev = dev.stream().map(i -> i.features(parts)).toList();
        Map<String, Integer> vocabulary = vocabulary(f);
        int n = vocabulary.size();
        Feature[][] x = vectors(f, vocabulary);
        Feature[][] xDev = vectors(fDev, vocabulary);

        double bestRecall = -1;
        double bestCost = costs[0];
        double bestThreshold = 0.5;
        double[] relevanceWeights = null;
        for (double c : costs) {
            double[] w = fitBinary(x, train, n, c);
            double[] scores = new double[dev.size()];
            for (int i = 0; i < dev.size(); i++) {
                scores[i] = sigmoid(dot(w, xDev[i]));
            }
            double[] choice = threshold(scores, dev, true);
            if (verbose) {
                double[] alone = threshold(scores, dev, false);
                System.out.printf(Locale.ROOT, "relevance C=%-4s dev recall %.3f at precision >= %.2f (threshold %.4f);"
                        + " the model alone %.3f (threshold %.4f)%n", c, choice[1], TARGET_PRECISION, choice[0], alone[1],
                        alone[0]);
            }
            if (choice[1] > bestRecall) {
                bestRecall = choice[1];
                bestCost = c;
                bestThreshold = choice[0];
                relevanceWeights = w;
            }
        }
        List<Dataset.Item> relevantTrain = new ArrayList<>();
        List<List<Features.Feature>> fKind = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            if (train.get(i).kind() != null) {
                relevantTrain.add(train.get(i));
                fKind.add(f.get(i));
            }
        }
        Feature[][] xKind = vectors(fKind, vocabulary);
        double bestAccuracy = -1;
        double kindCost = costs[0];
        double[][] kindWeights = null;
        for (double c : costs) {
            double[][] w = fitKinds(xKind, relevantTrain, n, c);
            int right = 0;
            int total = 0;
            for (int i = 0; i < dev.size(); i++) {
                if (dev.get(i).kind() == null) {
                    continue;
                }
                total++;
                if (bestKind(w, xDev[i]) == dev.get(i).kind()) {
                    right++;
                }
            }
            double accuracy = total == 0 ? 0 : (double) right / total;
            if (verbose) {
                System.out.printf(Locale.ROOT, "kind      C=%-4s dev accuracy %.3f (%d of %d)%n", c, accuracy, right, total);
            }
            if (accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                kindCost = c;
                kindWeights = w;
            }
        }
        Map<String, float[]> weights = new HashMap<>(n * 2);
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            int j = e.getValue() - 1;
            float[] row = new float[1 + LinearModel.KINDS.length];
            row[0] = (float) relevanceWeights[j];
            for (int k = 0; k < LinearModel.KINDS.length; k++) {
                row[1 + k] = (float) kindWeights[k][j];
            }
            weights.put(e.getKey(), row);
        }
        float[] bias = new float[1 + LinearModel.KINDS.length];
        bias[0] = (float) relevanceWeights[n];
        for (int k = 0; k < LinearModel.KINDS.length; k++) {
            bias[1 + k] = (float) kindWeights[k][n];
        }
        Map<String, String> info = new LinkedHashMap<>(about);
        info.put("method", "L2-regularised logistic regression (LIBLINEAR L2R_LR, bias 1, eps 0.01, fixed seed) over word"
                + " 1-2-grams, title words, character 3-5-grams (presence; the character part unit length, the word part "
                + (parts.wordPresence() ? "1 per feature" : "unit length") + ") and rule hits; features in"
                + " at least " + MIN_DF + " training items: " + n);
        info.put("relevance", String.format(Locale.ROOT, "C=%s, threshold %.4f for dev precision >= %.2f with the rule"
                + " overrides applied: dev recall %.3f",
                bestCost, bestThreshold, TARGET_PRECISION, bestRecall));
        info.put("kind", String.format(Locale.ROOT, "C=%s, one-vs-rest over STRIKE/CEASEFIRE/NEGOTIATION on the relevant"
                + " items: dev accuracy %.3f", kindCost, bestAccuracy));
        info.put("parts", "character part length " + parts.chars() + ", rule hits " + parts.rules() + ", word part "
                + (parts.wordPresence() ? "presence" : "unit length"));
        return new Trained(new LinearModel(weights, bias, bestThreshold, parts, info), bestRecall);
    }

    /**
     * The lowest threshold whose dev precision is at least the target (half-way between the last item it
     * keeps and the next), and the recall there: {threshold, recall}. The decision scored is the service's: items a {@link RuleOverride} keeps count as kept
     * whatever their score, the others are kept when their score reaches the threshold ({@code
     * withOverrides} false: the model alone).
     * With no such threshold, the highest score (nothing but the top item is kept).
     */
    static double[] threshold(double[] scores, List<Dataset.Item> dev, boolean withOverrides) {
        List<Integer> ranked = new ArrayList<>();
        int positives = 0;
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < scores.length; i++) {
            Dataset.Item item = dev.get(i);
            positives += item.relevant() ? 1 : 0;
            if (!withOverrides || RuleOverride.of(item.rules()) == null) {
                ranked.add(i);
            } else if (item.relevant()) {
                tp++;
            } else {
                fp++;
            }
        }
        Integer[] order = ranked.toArray(new Integer[0]);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> dev.get(i).id()));
        double bestThreshold = order.length == 0 ? 0.5 : scores[order[0]] + 1e-9;
        double bestRecall = 0;
        for (int r = 0; r < order.length; r++) {
            if (dev.get(order[r]).relevant()) {
                tp++;
            } else {
                fp++;
            }
            boolean tie = r + 1 < order.length && scores[order[r + 1]] == scores[order[r]];
            if (tie) {
                continue;
            }
            double precision = (double) tp / (tp + fp);
            double recall = positives == 0 ? 0 : (double) tp / positives;
            if (precision >= TARGET_PRECISION && recall > bestRecall) {
                bestRecall = recall;
                // half-way to the next lower score, so that the stored (rounded) weights keep the same items
                bestThreshold = r + 1 < order.length ? (scores[order[r]] + scores[order[r + 1]]) / 2 : scores[order[r]];
            }
        }
        return new double[] {bestThreshold, bestRecall};
    }

    static Map<String, Integer> vocabulary(List<List<Features.Feature>> train) {
        Map<String, Integer> df = new HashMap<>();
        for (List<Features.Feature> item : train) {
            for (Features.Feature f : item) {
                df.merge(f.name(), 1, Integer::sum);
            }
        }
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= MIN_DF) {
                sorted.put(e.getKey(), 0);
            }
        }
        int index = 1;
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            e.setValue(index++);
        }
        return sorted;
    }

    static Feature[][] vectors(List<List<Features.Feature>> items, Map<String, Integer> vocabulary) {
        int bias = vocabulary.size() + 1;
        Feature[][] out = new Feature[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            Map<Integer, Double> values = new TreeMap<>();
            for (Features.Feature f : items.get(i)) {
                Integer index = vocabulary.get(f.name());
                if (index != null) {
                    values.merge(index, f.value(), Double::sum);
                }
            }
            List<Feature> nodes = new ArrayList<>(values.size() + 1);
            values.forEach((index, value) -> nodes.add(new FeatureNode(index, value)));
            nodes.add(new FeatureNode(bias, 1.0));
            out[i] = nodes.toArray(new Feature[0]);
        }
        return out;
    }

    /** Weights (vocabulary then bias) whose positive side is "relevant". */
    private static double[] fitBinary(Feature[][] x, List<Dataset.Item> items, int n, double cost) {
        double[] y = new double[items.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = items.get(i).relevant() ? 1 : -1;
        }
        Model model = fit(x, y, n, cost, POSITIVE_WEIGHT);
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] out = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            out[j] = sign * w[j];
        }
        return out;
    }

    /** One weight row per kind (one-vs-rest), in {@link LinearModel#KINDS} order. */
    private static double[][] fitKinds(Feature[][] x, List<Dataset.Item> items, int n, double cost) {
        double[] y = new double[items.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = items.get(i).kind().ordinal();
        }
        Model model = fit(x, y, n, cost, 1);
        double[] w = model.getFeatureWeights();
        int[] labels = model.getLabels();
        int classes = model.getNrClass();
        double[][] out = new double[LinearModel.KINDS.length][n + 1];
        for (int c = 0; c < classes; c++) {
            int kind = labels[c];
            for (int j = 0; j <= n; j++) {
                out[kind][j] = classes == 2 ? (c == 0 ? w[j] : -w[j]) : w[j * classes + c];
            }
        }
        for (int k = 0; k < out.length; k++) {
            final int kind = k;
            if (Arrays.stream(labels).noneMatch(l -> l == kind)) {
                out[k][n] = -10; // a kind the training data never had
            }
        }
        return out;
    }

    /** {@code positiveWeight} scales the cost of errors on label 1 (relevant) when not 1. */
    private static Model fit(Feature[][] x, double[] y, int n, double cost, double positiveWeight) {
        Problem problem = new Problem();
        problem.l = x.length;
        problem.n = n + 1;
        problem.x = x;
        problem.y = y;
        problem.bias = 1;
        Linear.resetRandom();
        Parameter parameter = new Parameter(SolverType.L2R_LR, cost, 0.01);
        if (positiveWeight != 1) {
            parameter.setWeights(new double[] {positiveWeight}, new int[] {1});
        }
        return Linear.train(problem, parameter);
    }

    private static EventKind bestKind(double[][] w, Feature[] x) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < w.length; k++) {
            double s = dot(w[k], x);
            if (s > bestScore) {
                bestScore = s;
                best = k;
            }
        }
        return LinearModel.KINDS[best];
    }

    private static double dot(double[] w, Feature[] x) {
        double s = 0;
        for (Feature f : x) {
            s += w[f.getIndex() - 1] * f.getValue();
        }
        return s;
    }

    private static double sigmoid(double v) {
        return 1.0 / (1.0 + Math.exp(-v));
    }

    static String sha256(Path file) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            StringBuilder sb = new StringBuilder();
            for (byte b : digest) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
