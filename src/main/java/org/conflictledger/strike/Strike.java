package org.conflictledger.strike;

import org.conflictledger.common.TimePrecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A strike and its claims. Every change to the claims re-reconciles the stored figures, so the
 * figures in the table always equal the rule applied to the claims.
 */
@Entity
@Table(name = "strike")
class Strike {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String attacker;

    private String target;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_precision")
    private TimePrecision timePrecision;

    private String place;

    private String region;

    // set by the database's trigger from region or coordinates (V70), read back after every write
    @org.hibernate.annotations.Generated(event = {org.hibernate.generator.EventType.INSERT,
            org.hibernate.generator.EventType.UPDATE})
    @Column(name = "region_code", insertable = false, updatable = false)
    private String regionCode;

    private String country;

    private Double latitude;

    private Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "geo_precision")
    private GeoPrecision geoPrecision;

    @Column(name = "launch_place")
    private String launchPlace;

    @Enumerated(EnumType.STRING)
    @Column(name = "weapon_category")
    private WeaponCategory weaponCategory;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "weapon_models")
    private String[] weaponModels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_categories")
    private String[] targetCategories;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "low", column = @Column(name = "launched_low")),
            @AttributeOverride(name = "best", column = @Column(name = "launched_best")),
            @AttributeOverride(name = "high", column = @Column(name = "launched_high")),
            @AttributeOverride(name = "claims", column = @Column(name = "launched_claims"))})
    private ReconciledColumns launched;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "low", column = @Column(name = "intercepted_low")),
            @AttributeOverride(name = "best", column = @Column(name = "intercepted_best")),
            @AttributeOverride(name = "high", column = @Column(name = "intercepted_high")),
            @AttributeOverride(name = "claims", column = @Column(name = "intercepted_claims"))})
    private ReconciledColumns intercepted;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "low", column = @Column(name = "suppressed_low")),
            @AttributeOverride(name = "best", column = @Column(name = "suppressed_best")),
            @AttributeOverride(name = "high", column = @Column(name = "suppressed_high")),
            @AttributeOverride(name = "claims", column = @Column(name = "suppressed_claims"))})
    private ReconciledColumns suppressed;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "low", column = @Column(name = "hit_low")),
            @AttributeOverride(name = "best", column = @Column(name = "hit_best")),
            @AttributeOverride(name = "high", column = @Column(name = "hit_high")),
            @AttributeOverride(name = "claims", column = @Column(name = "hit_claims"))})
    private ReconciledColumns hit;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "low", column = @Column(name = "killed_low")),
            @AttributeOverride(name = "best", column = @Column(name = "killed_best")),
            @AttributeOverride(name = "high", column = @Column(name = "killed_high")),
            @AttributeOverride(name = "claims", column = @Column(name = "killed_claims"))})
    private ReconciledColumns killed;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "low", column = @Column(name = "wounded_low")),
            @AttributeOverride(name = "best", column = @Column(name = "wounded_best")),
            @AttributeOverride(name = "high", column = @Column(name = "wounded_high")),
            @AttributeOverride(name = "claims", column = @Column(name = "wounded_claims"))})
    private ReconciledColumns wounded;

    @OneToMany(mappedBy = "strike", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Claim> claims = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "strike_external_id", joinColumns = @JoinColumn(name = "strike_id"))
    @MapKeyColumn(name = "dataset")
    @Column(name = "external_id")
    private Map<String, String> externalIds = new HashMap<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Strike() {
    }

    Strike(StrikeFields fields, Map<String, String> externalIds, List<ClaimContent> claims, Instant now) {
        if (claims.isEmpty()) {
            throw ApiException.invalid("claims", "a strike needs at least one claim (who said so)");
        }
        this.createdAt = now;
        describe(fields, now);
        this.externalIds.putAll(externalIds);
        for (ClaimContent content : claims) {
            this.claims.add(new Claim(this, content, now));
        }
        reconcile();
    }

    /** Replaces the strike's own fields; claims and figures stay as they are. */
    void describe(StrikeFields fields, Instant now) {
        this.attacker = fields.attacker();
        this.target = fields.target();
        this.startedAt = fields.startedAt();
        this.endedAt = fields.endedAt();
        this.timePrecision = fields.timePrecision();
        this.place = fields.place();
        this.region = fields.region();
        this.country = fields.country();
        this.latitude = fields.latitude();
        this.longitude = fields.longitude();
        this.geoPrecision = fields.geoPrecision();
        this.launchPlace = fields.launchPlace();
        this.weaponCategory = fields.weaponCategory();
        this.weaponModels = fields.weaponModels().toArray(String[]::new);
        this.targetCategories = fields.targetCategories().stream().map(Enum::name).sorted().toArray(String[]::new);
        this.updatedAt = now;
    }

    void replaceExternalIds(Map<String, String> ids, Instant now) {
        this.externalIds.clear();
        this.externalIds.putAll(ids);
        this.updatedAt = now;
    }

    Claim addClaim(ClaimContent content, Instant now) {
        Claim claim = new Claim(this, content, now);
        claims.add(claim);
        this.updatedAt = now;
        reconcile();
        return claim;
    }

    /** Claims were moved to or from this strike by SQL (a merge of duplicates, or its undo): reconcile again. */
    void reconcileAgain(Instant now) {
        this.updatedAt = now;
        reconcile();
    }

    void changeClaim(long claimId, ClaimContent content, Instant now) {
        claim(claimId).apply(content, now);
        this.updatedAt = now;
        reconcile();
    }

    void removeClaim(long claimId, Instant now) {
        Claim claim = claim(claimId);
        if (claims.size() == 1) {
            throw ApiException.conflict("last-claim", "Claim " + claimId + " is the strike's only claim: a strike"
                    + " keeps at least one (delete the strike instead).");
        }
        claims.remove(claim);
        this.updatedAt = now;
        reconcile();
    }

    Claim claim(long claimId) {
        return claims.stream().filter(c -> c.id() != null && c.id() == claimId).findFirst()
                .orElseThrow(() -> ApiException.notFound("claim", claimId).with("strikeId", id));
    }

    /** The figures reconciled from the claims as they are now, with the claim each best value comes from. */
    Map<Figure, ReconciledFigure> reconciled() {
        Map<Figure, ReconciledFigure> out = new java.util.EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            List<Reconciliation.Statement> statements = new ArrayList<>();
            for (Claim claim : claims) {
                statements.add(new Reconciliation.Statement(claim.id(), claim.sourceId(), claim.figure(figure)));
            }
            ReconciledFigure result = Reconciliation.reconcile(statements);
            if (result != null) {
                out.put(figure, result);
            }
        }
        return out;
    }

    private void reconcile() {
        Map<Figure, ReconciledFigure> figures = reconciled();
        launched = ReconciledColumns.of(figures.get(Figure.LAUNCHED));
        intercepted = ReconciledColumns.of(figures.get(Figure.INTERCEPTED));
        suppressed = ReconciledColumns.of(figures.get(Figure.SUPPRESSED));
        hit = ReconciledColumns.of(figures.get(Figure.HIT));
        killed = ReconciledColumns.of(figures.get(Figure.KILLED));
        wounded = ReconciledColumns.of(figures.get(Figure.WOUNDED));
    }

    Long id() {
        return id;
    }

    String regionCode() {
        return regionCode;
    }

    long version() {
        return version;
    }

    List<Claim> claims() {
        return claims;
    }

    StrikeFields fields() {
        Set<TargetCategory> categories = EnumSet.noneOf(TargetCategory.class);
        for (String category : targetCategories) {
            categories.add(TargetCategory.valueOf(category));
        }
        return new StrikeFields(attacker, target, startedAt, endedAt, timePrecision, place, region, country, latitude,
                longitude, geoPrecision, launchPlace, weaponCategory, List.of(weaponModels), categories);
    }

    Map<String, String> externalIds() {
        return Map.copyOf(externalIds);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
