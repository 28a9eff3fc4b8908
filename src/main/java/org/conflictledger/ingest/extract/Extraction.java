package org.conflictledger.ingest.extract;

import org.jspecify.annotations.Nullable;
import java.util.List;

import org.conflictledger.negotiation.NegotiationKind;
import org.conflictledger.negotiation.StatedDuration;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.WeaponCategory;

/**
 * What the extractor read about one event of an article ({@code event} is its index in the article,
 * {@code background} marks history recalled for context, {@code relatedEvent} the strike an alleged
 * violation names). {@code relevant} and {@code kind} decide whether it goes
 * to the review queue; every other field is null (or empty) when the text does not state it, and
 * otherwise carries its evidence sentence and confidence. {@code confidence} is the candidate's
 * overall confidence. Fields of the other kinds are filled too when stated (a strike report may
 * name a cease-fire), but the review uses those of {@code kind}.
 */
public record Extraction(
        boolean relevant,
        @Nullable EventKind kind,
        double confidence,
        @Nullable String kindEvidence,
        List<String> parties,
        // strike
        @Nullable Extracted<String> attacker,
        @Nullable Extracted<String> target,
        @Nullable Extracted<String> claimant,
        @Nullable Extracted<String> attributedTo,
        List<Extracted<Place>> places,
        @Nullable Extracted<DateWindow> date,
        @Nullable Extracted<WeaponCategory> weapon,
        List<String> weaponModels,
        @Nullable Extracted<StatedFigure> launched,
        @Nullable Extracted<StatedFigure> intercepted,
        @Nullable Extracted<StatedFigure> suppressed,
        @Nullable Extracted<StatedFigure> killed,
        @Nullable Extracted<StatedFigure> wounded,
        // cease-fire
        @Nullable Extracted<CeasefireMatter> ceasefireMatter,
        @Nullable Extracted<String> ceasefireScope,
        @Nullable Extracted<String> accuser,
        @Nullable Extracted<String> accused,
        // negotiation
        @Nullable Extracted<NegotiationKind> negotiationKind,
        List<Extracted<Person>> participants,
        @Nullable Extracted<Venue> venue,
        @Nullable Extracted<StatedDuration> duration,
        // the event's place in its article, and what tells it apart
        int event,
        boolean background,
        @Nullable Integer relatedEvent,
        @Nullable Extracted<String> ceasefireParty,
        @Nullable Extracted<String> ceasefirePosition,
        @Nullable Extracted<String> ceasefireConditions,
        @Nullable Extracted<String> ceasefireStatus,
        // strike, read with the event model
        List<String> targetCategories) {

    public Extraction {
        parties = parties == null ? List.of() : List.copyOf(parties);
        places = places == null ? List.of() : List.copyOf(places);
        weaponModels = weaponModels == null ? List.of() : List.copyOf(weaponModels);
        participants = participants == null ? List.of() : List.copyOf(participants);
        targetCategories = targetCategories == null ? List.of() : List.copyOf(targetCategories);
    }

    /** The same reading as another event of the article, at {@code index}. */
    public Extraction asEvent(int index, boolean isBackground, Integer related) {
        return new Extraction(relevant, kind, confidence, kindEvidence, parties, attacker, target, claimant,
                attributedTo, places, date, weapon, weaponModels, launched, intercepted, suppressed, killed, wounded,
                ceasefireMatter, ceasefireScope, accuser, accused, negotiationKind, participants, venue, duration,
                index, isBackground, related, ceasefireParty, ceasefirePosition, ceasefireConditions, ceasefireStatus,
                targetCategories);
    }

    /** This reading dated otherwise. */
    public Extraction withDate(Extracted<DateWindow> newDate) {
        return new Extraction(relevant, kind, confidence, kindEvidence, parties, attacker, target, claimant,
                attributedTo, places, newDate, weapon, weaponModels, launched, intercepted, suppressed, killed, wounded,
                ceasefireMatter, ceasefireScope, accuser, accused, negotiationKind, participants, venue, duration,
                event, background, relatedEvent, ceasefireParty, ceasefirePosition, ceasefireConditions,
                ceasefireStatus, targetCategories);
    }

    /** This reading with another overall confidence and kind, and the sentence that tells that kind. */
    public Extraction withKind(boolean isRelevant, EventKind newKind, double newConfidence, String newKindEvidence) {
        return new Extraction(isRelevant, newKind, newConfidence, newKindEvidence, parties, attacker, target, claimant,
                attributedTo, places, date, weapon, weaponModels, launched, intercepted, suppressed, killed, wounded,
                ceasefireMatter, ceasefireScope, accuser, accused, negotiationKind, participants, venue, duration,
                event, background, relatedEvent, ceasefireParty, ceasefirePosition, ceasefireConditions,
                ceasefireStatus, targetCategories);
    }
}
