package org.conflictledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into sentences without breaking at common abbreviations ("Gen.", "U.S.", "Jan."). */
final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…])[\"'”’)]*\\s+(?=[\"'“‘(]*[A-Z0-9])|\\n+");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:\\b(?:mr|mrs|ms|dr|gen|lt|col|maj|capt|sgt"
            + "|st|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|vs|etc|approx|gov|sen|rep|prof|est|inc|ltd"
            + "|co|corp)|\\b[A-Z]|\\b(?:U\\.S|U\\.K|U\\.N|E\\.U))\\.$");

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        StringBuilder pending = new StringBuilder();
        while (m.find()) {
            String piece = text.substring(start, m.start());
            start = m.end();
            if (!m.group().contains("\n") && ABBREVIATION.matcher(piece.stripTrailing()).find()) {
                pending.append(piece).append(' ');
                continue;
            }
            add(out, pending.append(piece).toString());
            pending.setLength(0);
        }
        add(out, pending.append(text.substring(start)).toString());
        return out;
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    static String clip(String sentence) {
        if (sentence == null) {
            return null;
        }
        String s = sentence.strip();
        return s.length() <= 600 ? s : s.substring(0, 600) + "…";
    }
}
