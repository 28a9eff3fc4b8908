package org.conflictledger.party;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "party")
class Party {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private PartyKind kind;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "created_by")
    private String createdBy;

    protected Party() {
    }

    Party(String code, String name, PartyKind kind, String createdBy, Instant now) {
        this.code = code;
        this.createdBy = createdBy;
        this.name = name;
        this.kind = kind;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String code() {
        return code;
    }

    void rename(String name, PartyKind kind, Instant now) {
        this.name = name;
        this.kind = kind;
        this.updatedAt = now;
    }

    PartyView view(java.util.List<String> aliases) {
        return new PartyView(code, code, name, kind, aliases, createdBy, version, createdAt, updatedAt);
    }
}
