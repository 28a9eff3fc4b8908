package org.conflictledger.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV, one record per line: a field holding a comma or a quote is quoted (quotes
 * doubled), and line breaks inside values become spaces so that every record stays on one line.
 * Null is the empty field. Lines end with CRLF as RFC 4180 says.
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;
    private boolean first = true;

    public CsvWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    public CsvWriter header(List<String> names) {
        names.forEach(this::field);
        return endRecord();
    }

    public CsvWriter field(Object value) {
        try {
            if (!first) {
                out.write(',');
            }
            first = false;
            if (value != null) {
                out.write(escape(text(value)));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter endRecord() {
        try {
            out.write("\r\n");
            first = true;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    /** Items of a list joined with {@code |}; a {@code |} or {@code \} inside an item is escaped with {@code \}. */
    public static String joined(List<?> items) {
        if (items == null || items.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Object item : items) {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(String.valueOf(item).replace("\\", "\\\\").replace("|", "\\|"));
        }
        return out.toString();
    }

    static String escape(String text) {
        String oneLine = text.indexOf('\r') < 0 && text.indexOf('\n') < 0 ? text
                : text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        if (oneLine.indexOf(',') < 0 && oneLine.indexOf('"') < 0) {
            return oneLine;
        }
        return '"' + oneLine.replace("\"", "\"\"") + '"';
    }

    private static String text(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
