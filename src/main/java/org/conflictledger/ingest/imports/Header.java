package org.conflictledger.ingest.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV header: column positions by name. Names match case-insensitively and ignoring everything but
 * letters and digits, so {@code launched_low}, {@code launchedLow} and {@code launched.low} are one
 * column. A byte-order mark before the first name is ignored.
 */
final class Header {

    /** The header does not fit the format: the job fails with this reason. */
    static final class HeaderProblem extends RuntimeException {

        HeaderProblem(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Map<String, Integer> positions = new HashMap<>();
    private final int width;

    Header(String[] names) {
        this.width = names.length;
        for (int i = 0; i < names.length; i++) {
            String name = i == 0 && names[i].startsWith("\uFEFF") ? names[i].substring(1) : names[i];
            positions.putIfAbsent(normalize(name), i);
        }
    }

    static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    int width() {
        return width;
    }

    /** The position of a column, or -1. */
    int position(String name) {
        return positions.getOrDefault(normalize(name), -1);
    }

    /** Fails the job naming every required column the header lacks. */
    void require(String format, String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (position(name) < 0) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new HeaderProblem("the header lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " of format " + format + " (line 1 must name the columns)");
        }
    }
}
