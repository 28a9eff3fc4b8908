package org.conflictledger.strike;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What one source said about one strike. Stored as stated, flagged when its own figures disagree. */
@Entity
@Table(name = "claim")
class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strike_id")
    private Strike strike;

    @Column(name = "source_id")
    private long sourceId;

    private String claimant;

    @Column(name = "attributed_to")
    private String attributedTo;

    @Column(name = "reported_at")
    private Instant reportedAt;

    private String quote;

    private String reference;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "value", column = @Column(name = "launched_value")),
            @AttributeOverride(name = "qualifier", column = @Column(name = "launched_qualifier")),
            @AttributeOverride(name = "low", column = @Column(name = "launched_low")),
            @AttributeOverride(name = "high", column = @Column(name = "launched_high"))})
    private FigureColumns launched;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "value", column = @Column(name = "intercepted_value")),
            @AttributeOverride(name = "qualifier", column = @Column(name = "intercepted_qualifier")),
            @AttributeOverride(name = "low", column = @Column(name = "intercepted_low")),
            @AttributeOverride(name = "high", column = @Column(name = "intercepted_high"))})
    private FigureColumns intercepted;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "value", column = @Column(name = "suppressed_value")),
            @AttributeOverride(name = "qualifier", column = @Column(name = "suppressed_qualifier")),
            @AttributeOverride(name = "low", column = @Column(name = "suppressed_low")),
            @AttributeOverride(name = "high", column = @Column(name = "suppressed_high"))})
    private FigureColumns suppressed;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "value", column = @Column(name = "hit_value")),
            @AttributeOverride(name = "qualifier", column = @Column(name = "hit_qualifier")),
            @AttributeOverride(name = "low", column = @Column(name = "hit_low")),
            @AttributeOverride(name = "high", column = @Column(name = "hit_high"))})
    private FigureColumns hit;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "value", column = @Column(name = "killed_value")),
            @AttributeOverride(name = "qualifier", column = @Column(name = "killed_qualifier")),
            @AttributeOverride(name = "low", column = @Column(name = "killed_low")),
            @AttributeOverride(name = "high", column = @Column(name = "killed_high"))})
    private FigureColumns killed;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "value", column = @Column(name = "wounded_value")),
            @AttributeOverride(name = "qualifier", column = @Column(name = "wounded_qualifier")),
            @AttributeOverride(name = "low", column = @Column(name = "wounded_low")),
            @AttributeOverride(name = "high", column = @Column(name = "wounded_high"))})
    private FigureColumns wounded;

    private boolean inconsistent;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Claim() {
    }

    Claim(Strike strike, ClaimContent content, Instant now) {
        this.strike = strike;
        this.createdAt = now;
        apply(content, now);
    }

    void apply(ClaimContent content, Instant now) {
        this.sourceId = content.sourceId();
        this.claimant = content.claimant();
        this.attributedTo = content.attributedTo();
        this.reportedAt = content.reportedAt();
        this.quote = content.quote();
        this.reference = content.reference();
        this.launched = FigureColumns.of(content.figure(Figure.LAUNCHED));
        this.intercepted = FigureColumns.of(content.figure(Figure.INTERCEPTED));
        this.suppressed = FigureColumns.of(content.figure(Figure.SUPPRESSED));
        this.hit = FigureColumns.of(content.figure(Figure.HIT));
        this.killed = FigureColumns.of(content.figure(Figure.KILLED));
        this.wounded = FigureColumns.of(content.figure(Figure.WOUNDED));
        this.inconsistent = Reconciliation.inconsistent(figure(Figure.LAUNCHED), figure(Figure.INTERCEPTED),
                figure(Figure.SUPPRESSED), figure(Figure.HIT));
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    long sourceId() {
        return sourceId;
    }

    StatedFigure figure(Figure figure) {
        return FigureColumns.toFigure(switch (figure) {
            case LAUNCHED -> launched;
            case INTERCEPTED -> intercepted;
            case SUPPRESSED -> suppressed;
            case HIT -> hit;
            case KILLED -> killed;
            case WOUNDED -> wounded;
        });
    }

    Map<Figure, StatedFigure> figures() {
        Map<Figure, StatedFigure> out = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            StatedFigure stated = figure(figure);
            if (stated != null) {
                out.put(figure, stated);
            }
        }
        return out;
    }

    ClaimView view(Long strikeId, org.conflictledger.source.SourceSummary source) {
        return new ClaimView(id, strikeId, sourceId, source, claimant, attributedTo, reportedAt, quote, reference,
                figure(Figure.LAUNCHED), figure(Figure.INTERCEPTED), figure(Figure.SUPPRESSED), figure(Figure.HIT),
                figure(Figure.KILLED), figure(Figure.WOUNDED), inconsistent, createdAt, updatedAt);
    }
}
