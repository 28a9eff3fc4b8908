package org.conflictledger.ingest.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which language a text is in, by its script (Cyrillic: Ukrainian when it uses і, ї, є or ґ, Russian
 * otherwise) and by the commonest short words of each language ({@code extract/languages.tsv}). A text
 * with too few words to tell is taken as English, the language of the feeds the ledger reads.
 */
final class Languages {

    private static final Map<String, Set<String>> STOPWORDS = load("languages.tsv");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Languages() {
    }

    static String detect(String text) {
        if (text == null || text.isBlank()) {
            return "en";
        }
        int letters = 0;
        int cyrillic = 0;
        boolean ukrainian = false;
        for (int i = 0; i < text.length() && i < 20_000; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                    ukrainian |= "іїєґІЇЄҐ".indexOf(c) >= 0;
                }
            }
        }
        if (letters > 0 && cyrillic * 2 > letters) {
            return ukrainian ? "uk" : "ru";
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        Matcher m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        int words = 0;
        while (m.find()) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Set<String>> language : STOPWORDS.entrySet()) {
                if (language.getValue().contains(w)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        int english = hits.getOrDefault("en", 0);
        String best = "en";
        int most = english;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        // a few foreign words in an English text (a name, a quoted slogan) do not make it foreign
        return most >= 3 && most > 2 * english && most * 10 >= words ? best : "en";
    }

    private static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Lexicon.Row row : Lexicon.rows(resource, 2, 2)) {
            out.put(row.get(0).trim(), Set.of(row.get(1).trim().split("\\s+")));
        }
        return Map.copyOf(out);
    }
}
