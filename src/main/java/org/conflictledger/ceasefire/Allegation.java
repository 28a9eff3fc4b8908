package org.conflictledger.ceasefire;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An alleged violation of a cease-fire; recorded as said, never edited (delete and record anew). */
@Entity
@Table(name = "ceasefire_allegation")
class Allegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ceasefire_id")
    private Long ceasefireId;

    private String accuser;

    private String accused;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "alleged_at")
    private Instant allegedAt;

    @Column(name = "strike_id")
    private Long strikeId;

    private String summary;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Allegation() {
    }

    Allegation(long ceasefireId, String accuser, String accused, Instant allegedAt, Long sourceId, Long strikeId,
            String summary, Instant now) {
        this.ceasefireId = ceasefireId;
        this.accuser = accuser;
        this.accused = accused;
        this.allegedAt = allegedAt;
        this.sourceId = sourceId;
        this.strikeId = strikeId;
        this.summary = summary;
        this.createdAt = now;
    }

    Long ceasefireId() {
        return ceasefireId;
    }

    AllegationView view() {
        return new AllegationView(id, ceasefireId, accuser, accused, allegedAt, sourceId, strikeId, summary,
                createdAt);
    }
}
