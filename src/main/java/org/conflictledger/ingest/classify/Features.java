package org.conflictledger.ingest.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictledger.ingest.extract.ArticleText;
import org.conflictledger.ingest.extract.Extraction;

/**
 * The features of one article: word 1–2-grams of title and summary ({@code w:}, {@code b:}), the
 * title's words once more ({@code t:}, where the headline event is named), character 3–5-grams of the
 * lower-cased text ({@code c:}), and the rule extractor's hits ({@code r:}). Text features count once
 * each (presence); the word part is scaled to unit length or each word feature is 1 (the model's
 * {@link Weights#wordPresence()}), the character part and each rule hit to the model's {@link Weights}.
 */
final class Features {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Censor.NET and Ukrinform tails that say nothing about the event. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)\\s*(?:view (?:photo |video )?news\\.?|— ukrinform\\.?)\\s*$");
    private static final int MAX_TEXT = 1_500;
    /**
     * How the parts are weighted: the word part has length 1 (or, with {@code wordPresence}, each word
     * feature the value 1), the character part and each rule hit these.
     */
    record Weights(double chars, double rules, boolean wordPresence) {

        Weights(double chars, double rules) {
            this(chars, rules, false);
        }
    }

    private Features() {
    }

    /** A feature name and its value. */
    record Feature(String name, double value) {
    }

    static List<Feature> of(ArticleText article, Extraction rules, Weights weights) {
        String title = clean(article.title());
        String summary = clean(article.text());
        Set<String> text = new LinkedHashSet<>();
        Set<String> chars = new LinkedHashSet<>();
        List<String> titleWords = words(title);
        List<String> all = new ArrayList<>(titleWords);
        List<String> summaryWords = words(summary);
        all.addAll(summaryWords);
        for (String w : titleWords) {
            text.add("t:" + w);
        }
        addWordGrams(text, titleWords);
        addWordGrams(text, summaryWords);
        String joined = " " + String.join(" ", all) + " ";
        for (int n = 3; n <= 5; n++) {
            for (int i = 0; i + n <= joined.length(); i++) {
                String gram = joined.substring(i, i + n);
                if (!gram.isBlank()) {
                    chars.add("c:" + gram);
                }
            }
        }
        List<Feature> out = new ArrayList<>(text.size() + chars.size() + 16);
        double scale = text.isEmpty() ? 0 : weights.wordPresence() ? 1.0 : 1.0 / Math.sqrt(text.size());
        for (String name : text) {
            out.add(new Feature(name, scale));
        }
        double charScale = chars.isEmpty() ? 0 : weights.chars() / Math.sqrt(chars.size());
        for (String name : chars) {
            out.add(new Feature(name, charScale));
        }
        for (String hit : ruleHits(rules)) {
            out.add(new Feature(hit, weights.rules()));
        }
        return out;
    }

    private static void addWordGrams(Set<String> out, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            out.add("w:" + words.get(i));
            if (i + 1 < words.size()) {
                out.add("b:" + words.get(i) + "_" + words.get(i + 1));
            }
        }
    }

    /** What the rules found, as features: their verdict and which kinds of facts they read. */
    static List<String> ruleHits(Extraction rules) {
        List<String> hits = new ArrayList<>();
        if (rules == null) {
            return hits;
        }
        if (rules.relevant()) {
            hits.add("r:relevant");
        }
        if (rules.kind() != null) {
            hits.add("r:kind:" + rules.kind().name() + (rules.relevant() ? "" : ":unsure"));
        }
        if (rules.weapon() != null) {
            hits.add("r:weapon");
        }
        if (rules.attacker() != null) {
            hits.add("r:attacker");
        }
        if (!rules.places().isEmpty()) {
            hits.add("r:places");
        }
        if (rules.launched() != null || rules.intercepted() != null || rules.suppressed() != null) {
            hits.add("r:figures");
        }
        if (rules.killed() != null || rules.wounded() != null) {
            hits.add("r:casualties");
        }
        if (rules.ceasefireMatter() != null) {
            hits.add("r:ceasefire:" + rules.ceasefireMatter().value().name());
        }
        if (rules.negotiationKind() != null) {
            hits.add("r:negotiation:" + rules.negotiationKind().value().name());
        }
        if (!rules.participants().isEmpty()) {
            hits.add("r:participants");
        }
        if (rules.date() != null) {
            hits.add("r:date");
        }
        return hits;
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (t.length() > MAX_TEXT) {
            t = t.substring(0, MAX_TEXT);
        }
        return BOILERPLATE.matcher(t).replaceAll("");
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
