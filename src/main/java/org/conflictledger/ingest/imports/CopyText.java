package org.conflictledger.ingest.imports;

import java.time.Instant;
import java.util.List;

/** Writes rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private final StringBuilder out;
    private boolean first = true;

    CopyText(StringBuilder out) {
        this.out = out;
    }

    private void separate() {
        if (!first) {
            out.append('\t');
        }
        first = false;
    }

    CopyText text(String value) {
        separate();
        if (value == null) {
            out.append("\\N");
        } else {
            escape(out, value);
        }
        return this;
    }

    CopyText number(long value) {
        separate();
        out.append(value);
        return this;
    }

    CopyText number(Number value) {
        separate();
        if (value == null) {
            out.append("\\N");
        } else {
            out.append(value);
        }
        return this;
    }

    CopyText instant(Instant value) {
        return text(value == null ? null : value.toString());
    }

    CopyText bool(boolean value) {
        separate();
        out.append(value ? 't' : 'f');
        return this;
    }

    /** A {@code text[]} value. */
    CopyText array(List<String> values) {
        StringBuilder literal = new StringBuilder(16 + values.size() * 16).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            String value = values.get(i);
            for (int j = 0; j < value.length(); j++) {
                char c = value.charAt(j);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return text(literal.append('}').toString());
    }

    void endRow() {
        out.append('\n');
        first = true;
    }

    private static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
