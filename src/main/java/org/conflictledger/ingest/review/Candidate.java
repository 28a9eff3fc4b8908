package org.conflictledger.ingest.review;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.conflictledger.common.ApiException;
import org.conflictledger.ingest.extract.EventKind;

/**
 * A candidate record read from one event of an article ({@code eventIndex}; {@code background} for
 * history the article recalls). Decided once: accepted or rejected, never both, never twice. An alleged
 * violation may name the strike candidate of the same article it is about ({@code relatedCandidateId}).
 */
@Entity
@Table(name = "candidate")
class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "article_id")
    private long articleId;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    private CandidateStatus status;

    private BigDecimal confidence;

    /** The extraction as JSON: read-only evidence, kept as it was when the article arrived. */
    private String extraction;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type")
    private RecordType recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String reason;

    @Column(name = "event_index")
    private int eventIndex;

    private boolean background;

    @Column(name = "related_candidate_id")
    private Long relatedCandidateId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Candidate() {
    }

    Candidate(long articleId, int eventIndex, boolean background, EventKind kind, BigDecimal confidence,
            String extraction, Instant now) {
        this.articleId = articleId;
        this.eventIndex = eventIndex;
        this.background = background;
        this.kind = kind;
        this.status = CandidateStatus.PENDING;
        this.confidence = confidence;
        this.extraction = extraction;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void accept(RecordType type, long record, Long source, String by, String note, Instant now) {
        requirePending("accept");
        this.status = CandidateStatus.ACCEPTED;
        this.recordType = type;
        this.recordId = record;
        this.sourceId = source;
        this.decidedBy = by;
        this.decidedAt = now;
        this.reason = note;
        this.updatedAt = now;
    }

    void reject(String why, String by, Instant now) {
        requirePending("reject");
        this.status = CandidateStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = now;
        this.reason = why;
        this.updatedAt = now;
    }

    /** Names the strike candidate an alleged violation is about. */
    void relateTo(Long candidateId) {
        this.relatedCandidateId = candidateId;
    }

    void requirePending(String action) {
        if (status != CandidateStatus.PENDING) {
            throw ApiException.conflict("candidate-decided", "Candidate " + id + " is " + status
                    + " already; only a PENDING candidate can be decided.")
                    .with("candidateStatus", status.name()).with("action", action);
        }
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long articleId() {
        return articleId;
    }

    EventKind kind() {
        return kind;
    }

    CandidateStatus status() {
        return status;
    }

    BigDecimal confidence() {
        return confidence;
    }

    String extraction() {
        return extraction;
    }

    RecordType recordType() {
        return recordType;
    }

    Long recordId() {
        return recordId;
    }

    Long sourceId() {
        return sourceId;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String reason() {
        return reason;
    }

    Instant createdAt() {
        return createdAt;
    }

    int eventIndex() {
        return eventIndex;
    }

    boolean background() {
        return background;
    }

    Long relatedCandidateId() {
        return relatedCandidateId;
    }
}
