package org.conflictledger.ingest.extract;

/**
 * One extracted value with the sentence it came from and a confidence between 0 and 1.
 *
 * @param <T> the value's type
 */
public record Extracted<T>(T value, String evidence, double confidence) {

    public static <T> Extracted<T> of(T value, String evidence, double confidence) {
        return value == null ? null : new Extracted<>(value, Sentences.clip(evidence), round(confidence));
    }

    static double round(double confidence) {
        return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
    }
}
