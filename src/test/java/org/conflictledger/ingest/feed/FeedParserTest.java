package org.conflictledger.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.conflictledger.ingest.Feeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** ROME with DOCTYPEs refused; the shared real feeds parse when they are present. */
class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private FeedParser.Parsed parse(String xml) {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), 500, 64 * 1024);
    }

    @Test
    void readsRssAndAtom() {
        FeedParser.Parsed rss = parse(Feeds.rss("R", Feeds.items("p", 2, "Text")));
        assertThat(rss.items()).hasSize(2);
        assertThat(rss.items().get(0).guid()).isEqualTo("p-0");
        assertThat(rss.items().get(0).published()).isNotNull();
        FeedParser.Parsed atom = parse(Feeds.atom("A", List.of(new Feeds.Item("urn:a:1", "https://e.org/1", "T",
                "<p>S</p>", "2024-12-14T06:00:00Z"))));
        assertThat(atom.items()).singleElement().satisfies(i -> {
            assertThat(i.link()).isEqualTo("https://e.org/1");
            assertThat(i.description()).contains("<p>S</p>");
        });
    }

    @Test
    void refusesEntityExpansionAndExternalEntities() {
        assertThatThrownBy(() -> parse(Feeds.billionLaughs())).isInstanceOf(FeedParser.ParseException.class)
                .hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> parse(Feeds.externalEntity())).isInstanceOf(FeedParser.ParseException.class)
                .hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> parse(Feeds.broken())).isInstanceOf(FeedParser.ParseException.class);
    }

    @Test
    void countsOversizedAndUndatedItemsAndStopsAtTheItemLimit() {
        List<Feeds.Item> items = new java.util.ArrayList<>(Feeds.items("q", 3, "Text"));
        items.add(new Feeds.Item("big", "https://e.org/big", "Big", "y".repeat(70 * 1024), null));
        items.add(new Feeds.Item("nodate", "https://e.org/nodate", "No date", "Text", null));
        FeedParser.Parsed parsed = parser.parse(Feeds.rss("M", items).getBytes(StandardCharsets.UTF_8), 4, 64 * 1024);
        assertThat(parsed.items()).hasSize(3);
        assertThat(parsed.skippedTooLarge()).isEqualTo(1);
        assertThat(parsed.ignoredBeyondLimit()).isEqualTo(1);
    }

    @Test
    void parsesTheSharedRealFeedsWhenPresent() throws Exception {
        Path folder = Path.of("..", "shared", "data", "rss-feeds");
        Assumptions.assumeTrue(Files.isDirectory(folder), "shared feeds not present");
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                FeedParser.Parsed parsed = parser.parse(Files.readAllBytes(file), 500, 1024 * 1024);
                assertThat(parsed.items()).as(file.toString()).isNotEmpty();
                assertThat(parsed.items()).allSatisfy(i -> assertThat(i.link()).isNotBlank());
            }
        }
    }
}
