package org.conflictledger.source;

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

@Entity
@Table(name = "source")
class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String publisher;

    @Enumerated(EnumType.STRING)
    private SourceKind kind;

    private String party;

    private String url;

    private String title;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retrieved_at")
    private Instant retrievedAt;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Source() {
    }

    Source(SourceFields fields, Instant now) {
        this.createdAt = now;
        apply(fields, now);
    }

    void apply(SourceFields fields, Instant now) {
        this.publisher = fields.publisher();
        this.kind = fields.kind();
        this.party = fields.party();
        this.url = fields.url();
        this.title = fields.title();
        this.publishedAt = fields.publishedAt();
        this.retrievedAt = fields.retrievedAt();
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    SourceView view() {
        return new SourceView(id, publisher, kind, party, url, title, publishedAt, retrievedAt, version, createdAt,
                updatedAt);
    }

    /** The checked, normalised content of a source. */
    record SourceFields(String publisher, SourceKind kind, String party, String url, String title,
            Instant publishedAt, Instant retrievedAt) {
    }
}
