package org.conflictledger.ingest.classify;

import org.conflictledger.ingest.extract.EventKind;

/**
 * The classifier's decision: {@code relevant} when {@code probability} reaches the model's threshold;
 * {@code kind} is the likeliest headline kind (given as a reading even when not relevant, null only
 * when the model has no kind part) with {@code kindProbability}.
 */
public record Classification(boolean relevant, double probability, EventKind kind, double kindProbability) {
}
