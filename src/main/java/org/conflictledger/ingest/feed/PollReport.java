package org.conflictledger.ingest.feed;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one poll did: {@code outcome} OK, NOT_MODIFIED (the server answered 304) or FAILED;
 * {@code error} says what went wrong (or which items were skipped); the feed as it is now.
 */
public record PollReport(long feedId, Outcome outcome, int itemsSeen, int itemsNew,
        @JsonInclude(JsonInclude.Include.ALWAYS) String error, FeedView feed) {

    public enum Outcome {
        OK, NOT_MODIFIED, FAILED
    }
}
