package org.conflictledger.negotiation;

import org.conflictledger.common.TimePrecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A negotiation event and what belongs to it alone: participants, quotes, cited sources. Written
 * through JPA; read through {@link NegotiationQueries}, which assembles pages without N+1 queries.
 */
@Entity
@Table(name = "negotiation_event")
class NegotiationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private NegotiationKind kind;

    @Column(name = "track_id")
    private Long trackId;

    private String title;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_precision")
    private TimePrecision timePrecision;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "duration_qualifier")
    private DurationQualifier durationQualifier;

    private String place;

    private String country;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] topics;

    @Enumerated(EnumType.STRING)
    private Tone tone;

    private String outcome;

    @Column(name = "ceasefire_id")
    private Long ceasefireId;

    @ElementCollection
    @CollectionTable(name = "negotiation_participant", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<ParticipantEntry> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "negotiation_quote", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<QuoteEntry> quotes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "negotiation_source", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "source_id")
    private Set<Long> sourceIds = new LinkedHashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NegotiationEvent() {
    }

    NegotiationEvent(Fields fields, Instant now) {
        this.createdAt = now;
        apply(fields, now);
    }

    /** Replaces the whole content of the event (PUT semantics). */
    void apply(Fields fields, Instant now) {
        this.kind = fields.kind();
        this.trackId = fields.trackId();
        this.title = fields.title();
        this.occurredAt = fields.occurredAt();
        this.timePrecision = fields.timePrecision();
        this.durationMinutes = fields.duration() == null ? null : Math.toIntExact(fields.duration().minutes());
        this.durationQualifier = fields.duration() == null ? null : fields.duration().qualifier();
        this.place = fields.place();
        this.country = fields.country();
        this.topics = fields.topics().stream().map(Topic::name).toArray(String[]::new);
        this.tone = fields.tone();
        this.outcome = fields.outcome();
        this.ceasefireId = fields.ceasefireId();
        this.participants.clear();
        fields.participants().forEach(p -> participants.add(
                new ParticipantEntry(p.name(), p.title(), p.party(), p.capacity())));
        this.quotes.clear();
        fields.quotes().forEach(q -> quotes.add(new QuoteEntry(q.speaker(), q.text())));
        this.sourceIds.clear();
        this.sourceIds.addAll(fields.sourceIds());
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    /** The checked, normalised content of an event. */
    record Fields(NegotiationKind kind, Long trackId, String title, Instant occurredAt, TimePrecision timePrecision,
            StatedDuration duration, String place, String country, List<Participant> participants,
            List<Topic> topics, Tone tone, String outcome, List<Quote> quotes, Long ceasefireId,
            List<Long> sourceIds) {
    }

    @Embeddable
    static class ParticipantEntry {

        private String name;

        private String title;

        private String party;

        @Enumerated(EnumType.STRING)
        private Capacity capacity;

        protected ParticipantEntry() {
        }

        ParticipantEntry(String name, String title, String party, Capacity capacity) {
            this.name = name;
            this.title = title;
            this.party = party;
            this.capacity = capacity;
        }
    }

    @Embeddable
    static class QuoteEntry {

        private String speaker;

        private String text;

        protected QuoteEntry() {
        }

        QuoteEntry(String speaker, String text) {
            this.speaker = speaker;
            this.text = text;
        }
    }
}
