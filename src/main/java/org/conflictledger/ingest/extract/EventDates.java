package org.conflictledger.ingest.extract;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The date of a cease-fire or negotiation event, from its own sentences (strikes are dated by their
 * reader, which prefers the sentence with the figures). What is planned resolves forwards ("talks will
 * open on Monday": the coming Monday), what happened backwards; no date stated: the publication day,
 * with the expression "publication" and a low confidence.
 */
final class EventDates {

    /** Words of something still to come. */
    static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:will|is\\s+to|are\\s+to|to\\s+be\\s+held|plans?\\s+to"
            + "|planned|scheduled|due\\s+to|expected\\s+to|set\\s+to|next|upcoming|coming)\\b");

    private EventDates() {
    }

    static Extracted<DateWindow> of(EventKind kind, List<String> sentences, Instant published) {
        for (String sentence : sentences) {
            DateWindow window = Dates.find(sentence, published, PLANNED.matcher(sentence).find());
            if (window != null && Dates.monthsBefore(sentence, published) < 1) {
                return Extracted.of(window, sentence, 0.8);
            }
        }
        return Extracted.of(Dates.fallback(published), sentences.isEmpty() ? "" : sentences.get(0), 0.4);
    }
}
