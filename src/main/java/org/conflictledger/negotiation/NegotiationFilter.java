package org.conflictledger.negotiation;

import java.time.Instant;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.Times;
import org.conflictledger.party.PartyService;

/**
 * What a list of negotiation events is narrowed to; every part is optional.
 *
 * @param from occurredAt at or after (inclusive)
 * @param to occurredAt before (exclusive)
 * @param track the track's id
 * @param participant text a participant's name contains (case-insensitive), or a party code a participant holds
 * @param country alpha-2, upper-case
 */
public record NegotiationFilter(Instant from, Instant to, Long track, NegotiationKind kind, String participant,
        Topic topic, String country, Instant updatedSince) {

    public static final NegotiationFilter NONE = new NegotiationFilter(null, null, null, null, null, null, null, null);

    public NegotiationFilter(Instant from, Instant to, Long track, NegotiationKind kind, String participant,
            Topic topic, String country) {
        this(from, to, track, kind, participant, topic, country, null);
    }

    /** As {@link #of(String, String, Long, NegotiationKind, String, Topic, String)}, plus events changed since then. */
    public static NegotiationFilter of(String from, String to, Long track, NegotiationKind kind, String participant,
            Topic topic, String country, String updatedSince) {
        NegotiationFilter filter = of(from, to, track, kind, participant, topic, country);
        return new NegotiationFilter(filter.from(), filter.to(), filter.track(), filter.kind(), filter.participant(),
                filter.topic(), filter.country(), Times.parseParam("updatedSince", updatedSince));
    }

    /**
     * A filter from query parameters. {@code from} and {@code to} are read by {@link Times#parseParam}:
     * ISO-8601 date-times with offset, or plain dates.
     */
    public static NegotiationFilter of(String from, String to, Long track, NegotiationKind kind, String participant,
            Topic topic, String country) {
        Instant start = Times.parseParam("from", from);
        Instant end = Times.parseParam("to", to);
        Times.requireOrdered(start, end);
        String who = blankToNull(participant);
        if (who != null && who.length() > 200) {
            throw ApiException.invalid("participant", "must be at most 200 characters");
        }
        return new NegotiationFilter(start, end, track, kind, who, topic, PartyService.normalize(blankToNull(country)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
