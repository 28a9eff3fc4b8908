package org.conflictledger.ceasefire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.conflictledger.common.ApiException;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A cease-fire: its terms, the parties' positions and the status machine with its history. It
 * refuses illegal moves itself; the history always starts with the creation entry and stays in
 * time order.
 */
@Entity
@Table(name = "ceasefire")
class Ceasefire {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    @Enumerated(EnumType.STRING)
    private CeasefireScope scope;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "areas")
    private String[] areas = new String[0];

    @Enumerated(EnumType.STRING)
    private CeasefireStatus status;

    private String description;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "effective_from")
    private Instant effectiveFrom;

    @Column(name = "effective_until")
    private Instant effectiveUntil;

    @Column(name = "duration_seconds")
    private Long durationSeconds;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    // batch fetching keeps a page of cease-fires to a handful of queries
    @ElementCollection
    @CollectionTable(name = "ceasefire_party", joinColumns = @JoinColumn(name = "ceasefire_id"))
    @MapKeyColumn(name = "party")
    @BatchSize(size = 100)
    private Map<String, Participation> parties = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "ceasefire_mediator", joinColumns = @JoinColumn(name = "ceasefire_id"))
    @Column(name = "party")
    @BatchSize(size = 100)
    private Set<String> mediators = new HashSet<>();

    @OneToMany(mappedBy = "ceasefire", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    @BatchSize(size = 100)
    private List<Transition> history = new ArrayList<>();

    protected Ceasefire() {
    }

    /** A new cease-fire, PROPOSED at {@code terms.proposedAt()}: the creation entry opens the history. */
    Ceasefire(Terms terms, String author, Instant now) {
        this.status = CeasefireStatus.PROPOSED;
        this.createdAt = now;
        apply(terms, now);
        history.add(new Transition(this, 0, null, CeasefireStatus.PROPOSED, proposedAt, null, null, author, now));
    }

    /** Replaces the terms; the status and history stay, the creation entry moves with proposedAt. */
    void revise(Terms terms, Instant now) {
        if (history.size() > 1 && terms.proposedAt().isAfter(history.get(1).at())) {
            throw HistoryOrderException.proposedAfterFirstTransition(history.get(1).at(), terms.proposedAt());
        }
        apply(terms, now);
        history.get(0).redate(proposedAt);
    }

    private void apply(Terms terms, Instant now) {
        this.name = terms.name();
        this.scope = terms.scope();
        this.areas = terms.areas().toArray(String[]::new);
        this.description = terms.description();
        this.proposedAt = terms.proposedAt();
        this.agreedAt = terms.agreedAt();
        this.effectiveFrom = terms.effectiveFrom();
        this.effectiveUntil = terms.effectiveUntil();
        this.durationSeconds = terms.durationSeconds();
        this.parties.clear();
        this.parties.putAll(terms.parties());
        this.mediators.clear();
        this.mediators.addAll(terms.mediators());
        this.updatedAt = now;
    }

    /**
     * Moves the status machine. Refuses a move the current status does not allow (409 naming the
     * allowed ones) and a date before the latest history entry (409).
     */
    Transition transition(CeasefireStatus to, Instant at, Long sourceId, String note, String author, Instant now) {
        if (!status.canMoveTo(to)) {
            throw IllegalTransitionException.of(status, to);
        }
        Transition latest = latest();
        if (at.isBefore(latest.at())) {
            throw HistoryOrderException.before(latest.at(), at);
        }
        Transition entry = new Transition(this, history.size(), status, to, at, sourceId, note, author, now);
        history.add(entry);
        status = to;
        updatedAt = now;
        return entry;
    }

    /**
     * Removes the latest transition and returns to the status before it. The creation entry and
     * earlier transitions cannot be removed (409); an unknown entry is a 404.
     */
    void undo(long transitionId, Instant now) {
        Transition entry = entry(transitionId);
        Transition latest = latest();
        if (entry.isCreation()) {
            throw HistoryEntryException.creation(transitionId);
        }
        if (entry != latest) {
            throw HistoryEntryException.notLatest(transitionId, latest.id());
        }
        history.remove(latest);
        status = latest.from();
        updatedAt = now;
    }

    Transition entry(long transitionId) {
        return history.stream().filter(t -> t.id() != null && t.id() == transitionId).findFirst()
                .orElseThrow(() -> ApiException.notFound("transition", transitionId).with("ceasefireId", id));
    }

    /** Sets or changes one party's position. */
    void position(String party, Participation participation, Instant now) {
        parties.put(party, participation);
        updatedAt = now;
    }

    /** Removes a party; false when it was not a party. */
    boolean removeParty(String party, Instant now) {
        if (parties.remove(party) == null) {
            return false;
        }
        updatedAt = now;
        return true;
    }

    Transition latest() {
        return history.get(history.size() - 1);
    }

    Long id() {
        return id;
    }

    CeasefireStatus status() {
        return status;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    List<InForceInterval> inForce() {
        return CoverageRule.inForce(history.stream().map(Transition::statusAt).toList());
    }

    CeasefireView view(long allegations) {
        List<PartyPositionView> positions = parties.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().view(e.getKey()))
                .toList();
        return new CeasefireView(id, name, scope, List.of(areas), status, description, proposedAt, agreedAt,
                effectiveFrom, effectiveUntil, Durations.format(durationSeconds), positions,
                mediators.stream().sorted(Comparator.naturalOrder()).toList(),
                history.stream().map(Transition::view).toList(), inForce(), allegations, version, createdAt,
                updatedAt);
    }

    /** The checked, normalised terms of a cease-fire. */
    record Terms(String name, CeasefireScope scope, List<String> areas, String description,
            Map<String, Participation> parties, Set<String> mediators, Instant proposedAt, Instant agreedAt,
            Instant effectiveFrom, Instant effectiveUntil, Long durationSeconds) {

        Terms {
            areas = List.copyOf(areas);
            parties = Map.copyOf(parties);
            mediators = Set.copyOf(mediators);
        }
    }
}
