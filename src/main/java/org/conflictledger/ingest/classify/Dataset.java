package org.conflictledger.ingest.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.conflictledger.ingest.extract.ArticleText;
import org.conflictledger.ingest.extract.EventKind;
import org.conflictledger.ingest.extract.Extraction;
import org.conflictledger.ingest.extract.Extractor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A labelled split read for training or evaluation: each item's label, text, rule reading and features. */
final class Dataset {

    /** One labelled item. {@code kind} is null when not relevant. */
    record Item(String id, String feed, boolean relevant, EventKind kind, ArticleText text, Extraction rules) {

        List<Features.Feature> features(Features.Weights weights) {
            return Features.of(text, rules, weights);
        }
    }

    final List<Item> items = new ArrayList<>();
    int missing;

    /**
     * Reads a label file; items whose feed starts with one of {@code excludeFeeds} are left out and items
     * without text are counted as missing.
     */
    static Dataset read(Path labels, LabelledTexts texts, Extractor extractor, List<String> excludeFeeds)
            throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Dataset out = new Dataset();
        try (BufferedReader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String feed = feed(node);
                if (excludeFeeds.stream().anyMatch(feed::startsWith)) {
                    continue;
                }
                LabelledTexts.Text text = texts.resolve(node);
                if (text == null) {
                    out.missing++;
                    continue;
                }
                JsonNode label = node.path("label");
                boolean relevant = label.path("relevant").asBoolean(false);
                JsonNode kind = label.get("kind");
                ArticleText article = new ArticleText(text.title(), text.summary(), text.published());
                Extraction rules = extractor.extract(article);
                out.items.add(new Item(node.path("id").asString(""), feed, relevant,
                        relevant && kind != null && !kind.isNull() ? EventKind.valueOf(kind.asString()) : null,
                        article, rules));
            }
        }
        return out;
    }

    /** The label's feed; older label files name a source file or none. */
    private static String feed(JsonNode node) {
        String feed = node.path("feed").asString("");
        if (feed.isEmpty() || feed.startsWith("http")) {
            String source = node.path("source").asString(node.path("source_ref").asString(""));
            String id = node.path("id").asString("");
            if (id.startsWith("article-")) {
                return "articles:gdelt";
            }
            if (id.contains("bbc.co")) {
                return "rss22:bbc";
            }
            if (id.contains("cnn.com")) {
                return "rss22:cnn";
            }
            if (id.contains("kyivindependent") || source.contains("kyivindependent")) {
                return "feeds:kyivindependent";
            }
            return source.isEmpty() ? "own:sentences" : source;
        }
        return feed;
    }
}
