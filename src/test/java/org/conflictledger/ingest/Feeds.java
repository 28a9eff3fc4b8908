package org.conflictledger.ingest;

import java.util.ArrayList;
import java.util.List;

/** Feed documents for tests, written here (no publisher's text): RSS 2.0, Atom, and hostile ones. */
public final class Feeds {

    private Feeds() {
    }

    /** One RSS item: guid may be null; pubDate in RFC 822 or null for none. */
    public record Item(String guid, String link, String title, String description, String pubDate) {
    }

    public static String rss(String channel, List<Item> items) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>" + channel + "</title><link>http://example.org/</link>"
                + "<description>test feed</description>\n");
        for (Item item : items) {
            out.append("<item>");
            if (item.guid() != null) {
                out.append("<guid isPermaLink=\"false\">").append(item.guid()).append("</guid>");
            }
            out.append("<link>").append(escape(item.link())).append("</link>");
            out.append("<title>").append(escape(item.title())).append("</title>");
            out.append("<description><![CDATA[").append(item.description()).append("]]></description>");
            if (item.pubDate() != null) {
                out.append("<pubDate>").append(item.pubDate()).append("</pubDate>");
            }
            out.append("</item>\n");
        }
        return out.append("</channel></rss>\n").toString();
    }

    public static String atom(String title, List<Item> entries) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + title + "</title>"
                + "<id>urn:test:" + title + "</id><updated>2024-12-14T08:00:00Z</updated>\n");
        for (Item entry : entries) {
            out.append("<entry><id>").append(entry.guid()).append("</id>")
                    .append("<link href=\"").append(escape(entry.link())).append("\"/>")
                    .append("<title>").append(escape(entry.title())).append("</title>")
                    .append("<updated>").append(entry.pubDate()).append("</updated>")
                    .append("<summary type=\"html\">").append(escape(entry.description())).append("</summary>")
                    .append("</entry>\n");
        }
        return out.append("</feed>\n").toString();
    }

    /** The classic entity-expansion bomb: a few hundred bytes that expand to gigabytes if allowed. */
    public static String billionLaughs() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        out.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            out.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                out.append("&lol").append(i - 1).append(';');
            }
            out.append("\">\n");
        }
        out.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title>"
                + "<link>http://example.org/lol</link></item></channel></rss>\n");
        return out.toString();
    }

    /** An external entity trying to read a local file. */
    public static String externalEntity() {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><title>x</title><item><title>&xxe;</title>"
                + "<link>http://example.org/xxe</link></item></channel></rss>\n";
    }

    public static String broken() {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>broken<item><title>no end";
    }

    /** Items of the given text, each with a unique link and guid under {@code prefix}. */
    public static List<Item> items(String prefix, int count, String text) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new Item(prefix + "-" + i, "https://news.example.org/" + prefix + "/" + i,
                    "Item " + i + " of " + prefix, text + " (" + prefix + " item " + i + ")",
                    "Sat, 14 Dec 2024 0" + (i % 10) + ":00:00 GMT"));
        }
        return items;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
