package org.conflictledger.ingest.classify;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.conflictledger.ingest.extract.EventKind;

/**
 * The trained weights: per feature one weight for relevance and one per headline kind (one-vs-rest
 * logistic regressions), the biases, and the relevance threshold chosen on the dev split. Stored as
 * gzip'd text, features in sorted order and numbers in a fixed format, so that the same training data
 * gives the same bytes.
 */
final class LinearModel {

    static final String MAGIC = "# conflict-ledger event classifier, format 1";
    static final EventKind[] KINDS = EventKind.values();

    private final Map<String, float[]> weights;
    private final float[] bias;
    private final double threshold;
    private final Map<String, String> about;
    private final Features.Weights parts;

    /**
     * @param weights per feature {relevance, STRIKE, CEASEFIRE, NEGOTIATION}
     * @param bias    the same four biases
     * @param about   provenance lines written to the file (training data, choices, figures)
     */
    LinearModel(Map<String, float[]> weights, float[] bias, double threshold, Features.Weights parts,
            Map<String, String> about) {
        this.parts = parts;
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
        this.about = about;
    }

    double threshold() {
        return threshold;
    }

    Map<String, String> about() {
        return about;
    }

    Features.Weights parts() {
        return parts;
    }

    int size() {
        return weights.size();
    }

    /** Probability of relevance, then of each kind (normalised over the kinds). */
    double[] score(List<Features.Feature> features) {
        double[] dec = new double[1 + KINDS.length];
        for (int k = 0; k < dec.length; k++) {
            dec[k] = bias[k];
        }
        for (Features.Feature f : features) {
            float[] w = weights.get(f.name());
            if (w != null) {
                for (int k = 0; k < dec.length; k++) {
                    dec[k] += f.value() * w[k];
                }
            }
        }
        double[] p = new double[dec.length];
        p[0] = sigmoid(dec[0]);
        double sum = 0;
        for (int k = 1; k < dec.length; k++) {
            p[k] = sigmoid(dec[k]);
            sum += p[k];
        }
        for (int k = 1; k < dec.length; k++) {
            p[k] = sum == 0 ? 1.0 / KINDS.length : p[k] / sum;
        }
        return p;
    }

    Classification classify(List<Features.Feature> features) {
        double[] p = score(features);
        int best = 1;
        for (int k = 2; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return new Classification(p[0] >= threshold, p[0], KINDS[best - 1], p[best]);
    }

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    void write(OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
        w.write(MAGIC);
        w.write('\n');
        for (Map.Entry<String, String> e : about.entrySet()) {
            w.write("about\t" + e.getKey() + "\t" + e.getValue().replace('\t', ' ').replace('\n', ' ') + "\n");
        }
        w.write("threshold\t" + number(threshold) + "\n");
        w.write("parts\t" + number(parts.chars()) + "\t" + number(parts.rules()) + (parts.wordPresence() ? "\tpresence" : "")
                + "\n");
        w.write("bias" + row(bias) + "\n");
        List<String> names = new ArrayList<>(weights.keySet());
        names.sort(null);
        for (String name : names) {
            w.write("w\t" + name.replace('\t', ' ').replace('\n', ' ') + row(weights.get(name)) + "\n");
        }
        w.close();
    }

    static LinearModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        String first = r.readLine();
        if (!MAGIC.equals(first)) {
            throw new IOException("not an event classifier model: " + first);
        }
        Map<String, float[]> weights = new HashMap<>(1 << 17);
        Map<String, String> about = new LinkedHashMap<>();
        float[] bias = null;
        double threshold = Double.NaN;
        Features.Weights shares = null;
        String line;
        while ((line = r.readLine()) != null) {
            String[] parts = line.split("\t");
            switch (parts[0]) {
                case "about" -> about.put(parts[1], parts.length > 2 ? parts[2] : "");
                case "threshold" -> threshold = Double.parseDouble(parts[1]);
                case "parts" -> shares = new Features.Weights(Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                        parts.length > 3 && "presence".equals(parts[3]));
                case "bias" -> bias = floats(parts, 1);
                case "w" -> weights.put(parts[1], floats(parts, 2));
                default -> throw new IOException("unknown model line: " + parts[0]);
            }
        }
        if (bias == null || Double.isNaN(threshold) || shares == null) {
            throw new IOException("model without bias, threshold or parts");
        }
        return new LinearModel(weights, bias, threshold, shares, about);
    }

    private static float[] floats(String[] parts, int from) {
        float[] out = new float[1 + KINDS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.parseFloat(parts[from + i]);
        }
        return out;
    }

    private static String row(float[] values) {
        StringBuilder sb = new StringBuilder();
        for (float v : values) {
            sb.append('\t').append(number(v));
        }
        return sb.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
