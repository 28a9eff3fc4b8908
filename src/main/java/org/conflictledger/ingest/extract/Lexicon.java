package org.conflictledger.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one reader of the extractor's data files ({@code src/main/resources/extract/*.tsv}): UTF-8,
 * one entry a line, fields separated by tabs; lines starting with {@code #} (the header comment that
 * says what the file holds and names its columns) and blank lines are skipped. A line with too few or
 * too many fields fails with the file and line named, when the class that reads it is loaded.
 */
final class Lexicon {

    /** Where the data files are, on the class path. */
    static final String FOLDER = "/extract/";

    private Lexicon() {
    }

    /** One entry of a data file: its fields, and where it is (for errors). */
    record Row(String file, int line, List<String> fields) {

        String get(int index) {
            return fields.get(index);
        }

        /** Field {@code index}, or "" when the line stops before it (optional trailing columns). */
        String optional(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        /** {@code regex} compiled; a syntax error names this entry's file and line. */
        Pattern compile(String regex) {
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw error("not a regular expression: " + e.getDescription() + " in " + e.getPattern());
            }
        }

        /** An error about this entry, naming the file and the line. */
        IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    /** The rows of {@code extract/<file>}, each with {@code min} to {@code max} fields. */
    static List<Row> rows(String file, int min, int max) {
        String resource = FOLDER.concat(file);
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return rows(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), min, max);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    static List<Row> rows(String name, BufferedReader reader, int min, int max) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = List.of(line.split("\t", -1));
            Row row = new Row(name, number, fields);
            if (fields.size() < min || fields.size() > max) {
                throw row.error("expected " + (min == max ? min : min + " to " + max) + " tab-separated fields, found "
                        + fields.size() + ": " + line);
            }
            if (fields.get(0).isBlank()) {
                throw row.error("the first field is empty: " + line);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(name + ": no entries");
        }
        return List.copyOf(rows);
    }

    /**
     * A file of named word lists ({@code list <tab> alternatives}): the rows of one list are joined with
     * {@code |} in the order of the file, so that a long list can be written over several lines.
     */
    static Lists lists(String file) {
        return lists(FOLDER.concat(file), rows(file, 2, 2));
    }

    static Lists lists(String name, List<Row> rows) {
        Map<String, String> lists = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.get(1).isBlank()) {
                throw row.error("list " + row.get(0) + " has an empty entry");
            }
            String earlier = lists.get(row.get(0));
            lists.put(row.get(0), earlier == null ? row.get(1) : String.join("|", earlier, row.get(1)));
        }
        return new Lists(name, Map.copyOf(lists));
    }

    /**
     * {@code parts} joined and compiled: the patterns built from the lists at class load. Joined, not
     * concatenated with {@code +}, whose call sites each cost a bootstrap when the class loads (about 20 ms
     * of CPU over the package's patterns, measured in a fresh JVM).
     */
    static Pattern pattern(String... parts) {
        return Pattern.compile(String.join("", parts));
    }

    /** The word lists of one file, each as regular-expression alternatives ({@code a|b|c}). */
    record Lists(String file, Map<String, String> byName) {

        /** List {@code name}; one the code needs and the file lacks is an error. */
        String get(String name) {
            String list = byName.get(name);
            if (list == null) {
                throw new IllegalStateException(file + ": no list " + name);
            }
            return list;
        }
    }
}
