package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation command finds the texts of labels kept as ids only: feed items by link, articles by index. */
class ExtractionEvalTest {

    @TempDir
    Path dir;

    @Test
    void looksUpArticlesByIndexWithTheFirstSentenceAsTitleAndTheFirstSixAsSummary() throws Exception {
        Path articles = dir.resolve("articles.json");
        Files.writeString(articles, "[{\"filename\":\"20220101T000000Z_US_en_a.txt\",\"content\":\"Not this one.\"},"
                + "{\"filename\":\"20220315T093000Z_GB_en_b.txt\",\"content\":\"Russian missiles hit Lviv. One. Two."
                + " Three. Four.\\n\\nFive. Six. Seven.\"}]", StandardCharsets.UTF_8);
        Path labels = dir.resolve("labels.jsonl");
        Files.writeString(labels, "{\"id\":\"article-1\",\"label\":{\"relevant\":true,\"kind\":\"STRIKE\"}}\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("texts.jsonl");

        int n = new ExtractionEval().dump(labels, out, List.of(articles));

        assertThat(n).isEqualTo(1);
        String line = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(line).contains("\"id\":\"article-1\"", "\"title\":\"Russian missiles hit Lviv.\"",
                "\"summary\":\"Russian missiles hit Lviv. One. Two. Three. Four. Five.\"",
                "\"published\":\"2022-03-15T09:30:00Z\"");
    }

    @Test
    void scoresItemsWhoseTextsAreLookedUpAndCountsThoseWithoutText() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"link\":\"https://example.org/a\",\"title\":\"Russian missiles strike Odesa\","
                + "\"description\":\"Russian missiles hit the port of Odesa on Saturday, killing two people.\","
                + "\"date_published\":\"2022-07-23 12:00:00+00:00\"}\n", StandardCharsets.UTF_8);
        Path labels = dir.resolve("labels.jsonl");
        Files.writeString(labels, "{\"id\":\"https://example.org/a\",\"label\":{\"relevant\":true,\"kind\":\"STRIKE\"}}\n"
                + "{\"id\":\"https://example.org/missing\",\"label\":{\"relevant\":false}}\n", StandardCharsets.UTF_8);

        ExtractionEval.Report report = new ExtractionEval().run(labels, null, List.of(feed));

        assertThat(report.items).isEqualTo(1);
        assertThat(report.missing).isEqualTo(1);
        assertThat(report.tp).isEqualTo(1);
    }
}
