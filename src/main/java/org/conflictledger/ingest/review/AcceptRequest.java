package org.conflictledger.ingest.review;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.conflictledger.ceasefire.CeasefireStatus;
import org.conflictledger.ceasefire.Position;
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
 * match), {@code newStrike: true} records a new strike even when one matches. For a CEASEFIRE, by its
 * matter: a PROPOSAL creates a PROPOSED cease-fire ({@code name}, {@code scope}) or, with
 * {@code ceasefireId}, records the proposer's position on it; an AGREEMENT moves the named cease-fire to
 * AGREED (or creates one in that status); a RESPONSE records {@code party}'s {@code position} and
 * {@code conditions} on the named cease-fire; a STATUS_CHANGE moves the named cease-fire to
 * {@code status}; an ALLEGED_VIOLATION records an allegation on the named cease-fire (linked to
 * {@code strikeId}, or to the strike accepted from its related candidate). For a NEGOTIATION: kind,
 * track, participants.
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
        @Size(max = 2000) String note,
        @Size(max = 16) String party,
        Position position,
        @Size(max = 4000) String conditions,
        CeasefireStatus status) {

    static final AcceptRequest NONE = new AcceptRequest(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    /** The same corrections with another note. */
    AcceptRequest withNote(String newNote) {
        return new AcceptRequest(strikeId, newStrike, attacker, target, startedAt, endedAt, timePrecision, place,
                region, country, weaponCategory, launched, intercepted, suppressed, hit, killed, wounded, claimant,
                attributedTo, quote, ceasefireId, name, scope, accuser, accused, negotiationKind, trackId, occurredAt,
                duration, participants, topics, newNote == null || newNote.length() <= 2000 ? newNote
                        : newNote.substring(0, 2000), party, position, conditions, status);
    }
}
