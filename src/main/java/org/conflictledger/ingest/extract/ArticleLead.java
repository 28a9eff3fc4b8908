package org.conflictledger.ingest.extract;

import java.util.List;

/**
 * How the evaluations read a full article as a feed item: its first sentence is the title and its
 * first {@value #SENTENCES} sentences the summary (the lead, where wire reports put the event).
 */
public final class ArticleLead {

    public static final int SENTENCES = 6;

    private ArticleLead() {
    }

    /** {title, summary} of an article's text. */
    public static String[] of(String content) {
        List<String> sentences = Sentences.split(content == null ? "" : content);
        String title = sentences.isEmpty() ? "" : sentences.get(0);
        String summary = String.join(" ", sentences.subList(0, Math.min(SENTENCES, sentences.size())));
        return new String[] {title, summary};
    }
}
