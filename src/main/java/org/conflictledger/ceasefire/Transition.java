package org.conflictledger.ceasefire;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One entry of a cease-fire's history; {@code seq} 0 is the creation entry (no from status). */
@Entity
@Table(name = "ceasefire_transition")
class Transition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ceasefire_id")
    private Ceasefire ceasefire;

    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private CeasefireStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private CeasefireStatus toStatus;

    private Instant at;

    @Column(name = "source_id")
    private Long sourceId;

    private String note;

    private String author;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Transition() {
    }

    Transition(Ceasefire ceasefire, int seq, CeasefireStatus from, CeasefireStatus to, Instant at, Long sourceId,
            String note, String author, Instant recordedAt) {
        this.ceasefire = ceasefire;
        this.seq = seq;
        this.fromStatus = from;
        this.toStatus = to;
        this.at = at;
        this.sourceId = sourceId;
        this.note = note;
        this.author = author;
        this.recordedAt = recordedAt;
    }

    /** The creation entry follows proposedAt when the terms are revised. */
    void redate(Instant proposedAt) {
        this.at = proposedAt;
    }

    Long id() {
        return id;
    }

    boolean isCreation() {
        return seq == 0;
    }

    CeasefireStatus from() {
        return fromStatus;
    }

    CeasefireStatus to() {
        return toStatus;
    }

    Instant at() {
        return at;
    }

    CoverageRule.StatusAt statusAt() {
        return new CoverageRule.StatusAt(toStatus, at);
    }

    HistoryEntryView view() {
        return new HistoryEntryView(id, fromStatus, toStatus, at, sourceId, note, author, recordedAt);
    }
}
