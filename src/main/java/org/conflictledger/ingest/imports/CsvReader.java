package org.conflictledger.ingest.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes (a doubled quote
 * inside is one quote, line breaks inside quotes belong to the field), records ended by LF, CRLF or
 * CR. It keeps one record in memory at a time, knows the line each record starts on, and refuses a
 * record longer than a limit instead of swallowing the rest of a file after an unclosed quote.
 * Hand-written rather than a library so that a million rows parse without per-field objects beyond
 * the strings themselves.
 */
final class CsvReader implements Closeable {

    /** A record too long to be a row: an unclosed quote, or not a CSV file at all. */
    static final class RecordTooLongException extends IOException {

        private final long line;

        RecordTooLongException(long line, int limit) {
            super("line " + line + ": a record longer than " + limit + " characters (an unclosed quote?)");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final Reader in;
    private final int maxRecordChars;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean eof;

    private final StringBuilder field = new StringBuilder(256);
    private final List<String> fields = new ArrayList<>(64);
    private long line = 1;
    private long recordLine;
    private int recordChars;
    private boolean nul;

    CsvReader(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The line (1-based) on which the record last returned by {@link #next()} starts. */
    long recordLine() {
        return recordLine;
    }

    /** Whether the record last returned holds a NUL character: binary data, which no text column can store. */
    boolean recordHasNul() {
        return nul;
    }

    /**
     * The next record's fields, or null at the end of the input. A record that is one empty line
     * comes back as a single empty field (callers skip blank lines).
     */
    String[] next() throws IOException {
        if (!fill()) {
            return null;
        }
        fields.clear();
        field.setLength(0);
        recordLine = line;
        recordChars = 0;
        nul = false;
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (position >= limit && !fill()) {
                fields.add(field.toString());
                return fields.toArray(String[]::new);
            }
            char c = buffer[position++];
            if (++recordChars > maxRecordChars) {
                throw new RecordTooLongException(recordLine, maxRecordChars);
            }
            if (c == 0) {
                nul = true;
            }
            if (quoted) {
                if (c == '"') {
                    if (position >= limit && !fill()) {
                        fields.add(field.toString());
                        return fields.toArray(String[]::new);
                    }
                    if (buffer[position] == '"') {
                        field.append('"');
                        position++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n' || c == '\r' && !peekIs('\n')) {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                }
                case '\n' -> {
                    line++;
                    fields.add(field.toString());
                    return fields.toArray(String[]::new);
                }
                case '\r' -> {
                    if (position < limit || fill()) {
                        if (buffer[position] == '\n') {
                            position++;
                        }
                    }
                    line++;
                    fields.add(field.toString());
                    return fields.toArray(String[]::new);
                }
                case '"' -> {
                    if (field.length() == 0 && !afterQuote) {
                        quoted = true;
                    } else {
                        // a stray quote inside an unquoted field is kept as text (lenient)
                        field.append(c);
                    }
                }
                default -> field.append(c);
            }
        }
    }

    private boolean peekIs(char expected) throws IOException {
        return (position < limit || fill()) && buffer[position] == expected;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Whether a record is one empty line (or only blanks): such lines are skipped, not rows. */
    static boolean blank(String[] record) {
        return record.length == 1 && record[0].isBlank();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
