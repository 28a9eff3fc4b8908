package org.conflictledger.ingest.feed;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.conflictledger.ingest.article.FeedItem;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;

/**
 * Parses RSS 2.0 and Atom with ROME, refusing any DOCTYPE (and so external entities and entity
 * expansion such as "billion laughs"). Items that are too large are skipped and counted; items
 * without a date are kept and counted.
 */
@Component
class FeedParser {

    /** A parsed document: its items and what was wrong with some of them. */
    record Parsed(String title, List<FeedItem> items, int skippedTooLarge, int withoutDate, int ignoredBeyondLimit) {
    }

    /** A document that is not a feed ROME can read, with a message fit for the feed's status. */
    static class ParseException extends RuntimeException {

        ParseException(String message) {
            super(message);
        }
    }

    Parsed parse(byte[] document, int maxItems, long maxItemChars) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(false);
        SyndFeed feed;
        try {
            feed = input.build(new InputSource(new ByteArrayInputStream(document)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new ParseException("not a readable RSS or Atom document: " + describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseException("the document could not be parsed: " + e.getClass().getSimpleName());
        }
        List<FeedItem> items = new ArrayList<>();
        int tooLarge = 0;
        int withoutDate = 0;
        int beyond = 0;
        for (SyndEntry entry : feed.getEntries()) {
            if (items.size() + tooLarge >= maxItems) {
                beyond++;
                continue;
            }
            String title = entry.getTitle() == null ? "" : entry.getTitle();
            String description = entry.getDescription() == null ? null : entry.getDescription().getValue();
            StringBuilder content = new StringBuilder();
            for (SyndContent part : entry.getContents()) {
                if (part.getValue() != null) {
                    content.append(part.getValue()).append('\n');
                }
            }
            long size = title.length() + (description == null ? 0 : description.length()) + content.length();
            if (size > maxItemChars) {
                tooLarge++;
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            Instant published = date == null ? null : date.toInstant();
            if (published == null) {
                withoutDate++;
            }
            String link = entry.getLink();
            if (link == null && !entry.getLinks().isEmpty()) {
                link = entry.getLinks().get(0).getHref();
            }
            items.add(new FeedItem(blankToNull(entry.getUri()), blankToNull(link), title, description,
                    content.isEmpty() ? null : content.toString(), published, blankToNull(entry.getAuthor())));
        }
        return new Parsed(feed.getTitle(), items, tooLarge, withoutDate, beyond);
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("DOCTYPE") || message.contains("doctype")) {
            return "DOCTYPE declarations are refused (entity expansion, external entities)";
        }
        message = message.replaceAll("\\s+", " ");
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
