package org.conflictledger.ingest.extract;

import java.util.List;

/**
 * Everything the extractor read in one article: its language (only English is read for events),
 * whether it reports the war ({@code relevant}, with {@code relevance} 0–1), the kind of its headline
 * event, and its events in order of first mention, each a reading of its own ({@link Extraction#event()}
 * is its index). An irrelevant or non-English article has no events.
 */
public record ArticleReading(String language, boolean relevant, EventKind headlineKind, double relevance,
        String kindEvidence, List<Extraction> events) {

    public ArticleReading {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The kinds of the article's events, each once, in order of first mention (background events too). */
    public List<EventKind> kinds() {
        return events.stream().map(Extraction::kind).distinct().toList();
    }

    /** The headline event: the first of the headline kind that is no background, or null. */
    public Extraction headline() {
        return events.stream().filter(e -> e.kind() == headlineKind && !e.background()).findFirst()
                .orElse(events.stream().filter(e -> !e.background()).findFirst().orElse(null));
    }
}
