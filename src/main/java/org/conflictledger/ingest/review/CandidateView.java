package org.conflictledger.ingest.review;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.conflictledger.ingest.extract.EventKind;
import org.conflictledger.ingest.extract.Extraction;

/**
 * A candidate in the queue: the article it was read from, what was read (each field with its
 * evidence sentence and confidence), and for a pending STRIKE the strikes it would merge into
 * ({@code matchingStrikes}: one means accept adds a claim to it, several mean accept needs a
 * {@code strikeId}, none means a new strike). {@code record} names what accepting created; for an
 * accepted strike report, {@code duplicateCandidates} are the open duplicate candidates of that strike
 * ({@code GET /duplicates/{id}}), so that a reviewer merges a report into the data set's record of the
 * same event instead of keeping a second strike. {@code event} is the event's index in its article,
 * {@code background} marks history the article recalls (never auto-accepted), {@code relatedCandidateId}
 * the strike candidate an alleged violation is about.
 */
public record CandidateView(Long id, long version, ArticleRef article, int event, boolean background,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long relatedCandidateId, EventKind kind, CandidateStatus status,
        BigDecimal confidence, Extraction extraction,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> matchingStrikes,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable RecordRef record,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long sourceId,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String decidedBy,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Instant decidedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String reason,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> duplicateCandidates) {

    /** The article a candidate was read from. */
    public record ArticleRef(long id, String title, String link, String publisher, Instant publishedAt) {
    }

    /** What accepting created, and where to read it (for an ALLEGATION, {@code id} is its cease-fire's). */
    public record RecordRef(RecordType type, long id, String href) {
    }
}
