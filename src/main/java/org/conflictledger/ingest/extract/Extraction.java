package org.conflictledger.ingest.extract;

import java.util.List;

import org.conflictledger.negotiation.NegotiationKind;
import org.conflictledger.negotiation.StatedDuration;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.WeaponCategory;

/**
 * What the extractor read in one article. {@code relevant} and {@code kind} decide whether it goes
 * to the review queue; every other field is null (or empty) when the text does not state it, and
 * otherwise carries its evidence sentence and confidence. {@code confidence} is the candidate's
 * overall confidence. Fields of the other kinds are filled too when stated (a strike report may
 * name a cease-fire), but the review uses those of {@code kind}.
 */
public record Extraction(
        boolean relevant,
        EventKind kind,
        double confidence,
        String kindEvidence,
        List<String> parties,
        // strike
        Extracted<String> attacker,
        Extracted<String> target,
        Extracted<String> claimant,
        Extracted<String> attributedTo,
        List<Extracted<Place>> places,
        Extracted<DateWindow> date,
        Extracted<WeaponCategory> weapon,
        List<String> weaponModels,
        Extracted<StatedFigure> launched,
        Extracted<StatedFigure> intercepted,
        Extracted<StatedFigure> suppressed,
        Extracted<StatedFigure> killed,
        Extracted<StatedFigure> wounded,
        // cease-fire
        Extracted<CeasefireMatter> ceasefireMatter,
        Extracted<String> ceasefireScope,
        Extracted<String> accuser,
        Extracted<String> accused,
        // negotiation
        Extracted<NegotiationKind> negotiationKind,
        List<Extracted<Person>> participants,
        Extracted<Venue> venue,
        Extracted<StatedDuration> duration) {

    public Extraction {
        parties = parties == null ? List.of() : List.copyOf(parties);
        places = places == null ? List.of() : List.copyOf(places);
        weaponModels = weaponModels == null ? List.of() : List.copyOf(weaponModels);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
