package org.conflictledger.ingest.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.conflictledger.ingest.extract.ArticleLead;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The texts of id-only labels, read from the shared data sets (the texts are the publishers' and stay
 * out of the repository). The same rules as {@code eval/classifier/texts.py}: RSS title + description
 * as plain text, RUWA title + lead without Censor.NET's section tail and time stamp, full articles as
 * their lead ({@link ArticleLead}), humanitarian-corridor segments without status prefix and dateline.
 * A label line that carries {@code title}/{@code summary} itself is read from the line.
 */
final class LabelledTexts {

    /** One labelled text as the classifier and the rules read it. */
    record Text(String title, String summary, Instant published) {
    }

    private static final Pattern CENSOR_TAIL = Pattern.compile("\\s*\\(\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d\\)\\s*«.*$");
    private static final Pattern CENSOR_STAMP = Pattern.compile("^\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d\\s*");
    private static final Pattern STATUS = Pattern.compile("^\\s*Status:[^;]*;\\s*");
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z .,'-]*\\.\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2}\\s*\\([^)]*\\)\\s*[-–—]+\\s*");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])[\"'”’)]*\\s+(?=[\"'“‘(]*[A-Z0-9])");

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String[]> texts = new HashMap<>();

    /** Reads every text source under {@code data} that exists; a missing one is skipped. */
    LabelledTexts(Path data) throws IOException {
        ruwa(data.resolve("war-news-ruwa-2022/RUWA_04.08.23.csv"));
        for (String name : List.of("bbc_news_rss_entries_2022-02_to_2022-08.jsonl",
                "cnn_edition_rss_entries_2022-02_to_2022-08.jsonl")) {
            jsonl(data.resolve("rss-entries-2022").resolve(name), "link", "description");
        }
        jsonl(data.resolve("rss-entries-2024/items.jsonl"), "id", "summary");
        for (String name : List.of("bbc_news_frontpage_2024-08-08.xml", "nyt_world_2024-08-08.xml",
                "cnn_hp_hero_2023-04.xml")) {
            xml(data.resolve("rss-feeds").resolve(name));
        }
        corridors(data.resolve("humanitarian-corridors-ua/humanitarian_corridors_ukraine_hc_geocoded.csv"));
        articles(data.resolve("news-articles-ua-war/key_annotated_articles.json"));
    }

    int size() {
        return texts.size();
    }

    /** The text of a label line, or null when neither the line nor the data sets have it. */
    Text resolve(JsonNode line) {
        String title = text(line, "title");
        String summary = text(line, "summary");
        if (title == null && summary == null) {
            String[] found = texts.get(line.path("id").asString(""));
            if (found == null) {
                return null;
            }
            title = found[0];
            summary = found[1];
        }
        return new Text(title == null ? "" : title, summary == null ? "" : summary, instant(text(line, "published")));
    }

    private void ruwa(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<List<String>> rows = Csv.read(Files.readString(file, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int src = header.indexOf("src");
        int title = header.indexOf("title");
        int desc = header.indexOf("desc");
        int site = header.indexOf("Site");
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(src, Math.max(title, desc))) {
                continue;
            }
            String t = row.get(title).strip();
            String d = row.get(desc).strip();
            if ("censor.net".equals(row.get(site))) {
                t = CENSOR_TAIL.matcher(t).replaceAll("");
                d = CENSOR_STAMP.matcher(d).replaceAll("");
            }
            texts.putIfAbsent(row.get(src), new String[] {t, d});
        }
    }

    private void jsonl(Path file, String idField, String summaryField) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                texts.putIfAbsent(node.path(idField).asString(""), new String[] {text(node, "title"),
                        plain(text(node, summaryField))});
            }
        }
    }

    private void xml(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList items = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("item");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                texts.putIfAbsent(child(item, "link").strip(), new String[] {child(item, "title").strip(),
                        plain(child(item, "description"))});
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String child(Element item, String name) {
        NodeList nodes = item.getElementsByTagName(name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private void corridors(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<List<String>> rows = Csv.read(Files.readString(file, StandardCharsets.UTF_8));
        int text = rows.get(0).indexOf("text");
        for (int n = 1; n < rows.size(); n++) {
            List<String> segments = new ArrayList<>();
            for (String s : rows.get(n).get(text).split(";;;;", -1)) {
                if (!s.replaceAll("[ ;\\n\\r\\t]", "").isEmpty()) {
                    segments.add(s);
                }
            }
            for (int k = 0; k < segments.size(); k++) {
                texts.put("hc-" + (n - 1) + "-" + k, corridor(segments.get(k)));
            }
        }
    }

    static String[] corridor(String segment) {
        String s = segment.replaceAll("^[ ;\\n\\r\\t]+|[ ;\\n\\r\\t]+$", "");
        s = STATUS.matcher(s).replaceFirst("").replaceAll("\\s+", " ").strip();
        s = DATELINE.matcher(s).replaceFirst("");
        List<String> sentences = new ArrayList<>();
        for (String x : SENTENCE.split(s)) {
            if (!x.isBlank()) {
                sentences.add(x);
            }
        }
        return new String[] {sentences.isEmpty() ? "" : sentences.get(0),
                String.join(" ", sentences.subList(0, Math.min(3, sentences.size())))};
    }

    private void articles(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        JsonNode array = json.readTree(file.toFile());
        for (int i = 0; i < array.size(); i++) {
            texts.putIfAbsent("article-" + i, ArticleLead.of(array.get(i).path("content").asString("")));
        }
    }

    private static String plain(String html) {
        return html == null ? "" : org.jsoup.Jsoup.parse(html).text();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return Instant.parse("2025-01-01T00:00:00Z");
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (RuntimeException e) {
            // next form
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant();
        } catch (RuntimeException e) {
            return LocalDate.parse(t.substring(0, 10)).atTime(12, 0).toInstant(ZoneOffset.UTC);
        }
    }

    /** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> read(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
