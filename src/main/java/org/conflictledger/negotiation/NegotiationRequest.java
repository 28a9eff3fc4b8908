package org.conflictledger.negotiation;

import org.conflictledger.common.TimePrecision;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.conflictledger.common.LenientIdDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Create or replace a negotiation event. Ids ({@code trackId}, {@code ceasefireId}, {@code sourceIds})
 * may be numbers or strings of digits. {@code tone} defaults to UNKNOWN. The read-only fields of
 * {@link NegotiationView} are ignored when sent, so a fetched event can be edited and sent back.
 */
@JsonIgnoreProperties(value = {"id", "version", "createdAt", "updatedAt", "trackName", "sources"},
        allowGetters = true)
public record NegotiationRequest(
        @NotNull NegotiationKind kind,
        @JsonDeserialize(using = LenientIdDeserializer.class) Long trackId,
        @Size(max = 500) String title,
        @NotNull OffsetDateTime occurredAt,
        @NotNull TimePrecision timePrecision,
        @Valid StatedDuration duration,
        @Size(max = 300) String place,
        @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166 alpha-2 code, e.g. RU") String country,
        @Size(max = 100) List<@NotNull @Valid Participant> participants,
        @Size(max = 10) List<@NotNull Topic> topics,
        Tone tone,
        @Size(max = 4000) String outcome,
        @Size(max = 50) List<@NotNull @Valid Quote> quotes,
        @JsonDeserialize(using = LenientIdDeserializer.class) Long ceasefireId,
        @Size(max = 50) @JsonDeserialize(contentUsing = LenientIdDeserializer.class) List<@NotNull Long> sourceIds) {
}
