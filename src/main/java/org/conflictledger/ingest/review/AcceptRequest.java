package org.conflictledger.ingest.review;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.conflictledger.common.LenientIdDeserializer;
import org.conflictledger.common.TimePrecision;
import org.conflictledger.negotiation.NegotiationKind;
import org.conflictledger.negotiation.Participant;
import org.conflictledger.negotiation.StatedDuration;
import org.conflictledger.negotiation.Topic;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.WeaponCategory;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Accepting a candidate, optionally with corrections; every field is optional and overrides what
 * was extracted. For a STRIKE: {@code strikeId} merges into that strike (needed when several
 * match), {@code newStrike: true} records a new strike even when one matches. For a CEASEFIRE:
 * {@code ceasefireId} records an alleged violation on that cease-fire, otherwise a new PROPOSED
 * cease-fire is created ({@code name}, {@code scope}). For a NEGOTIATION: kind, track, participants.
 */
public record AcceptRequest(
        @JsonDeserialize(using = LenientIdDeserializer.class) Long strikeId,
        Boolean newStrike,
        @Size(max = 16) String attacker,
        @Size(max = 16) String target,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        TimePrecision timePrecision,
        @Size(max = 300) String place,
        @Size(max = 200) String region,
        @Size(max = 2) String country,
        WeaponCategory weaponCategory,
        @Valid StatedFigure launched,
        @Valid StatedFigure intercepted,
        @Valid StatedFigure suppressed,
        @Valid StatedFigure hit,
        @Valid StatedFigure killed,
        @Valid StatedFigure wounded,
        @Size(max = 16) String claimant,
        @Size(max = 300) String attributedTo,
        @Size(max = 2000) String quote,
        @JsonDeserialize(using = LenientIdDeserializer.class) Long ceasefireId,
        @Size(max = 300) String name,
        @Size(max = 32) String scope,
        @Size(max = 16) String accuser,
        @Size(max = 16) String accused,
        NegotiationKind negotiationKind,
        @JsonDeserialize(using = LenientIdDeserializer.class) Long trackId,
        OffsetDateTime occurredAt,
        @Valid StatedDuration duration,
        @Size(max = 100) List<@Valid Participant> participants,
        @Size(max = 10) List<Topic> topics,
        @Size(max = 2000) String note) {

    static final AcceptRequest NONE = new AcceptRequest(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);
}
