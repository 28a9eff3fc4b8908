package org.conflictledger.ceasefire;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.conflictledger.common.LenientIdDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Move a cease-fire's status: to what, when, on which source, with an optional note. */
@JsonIgnoreProperties(value = {"id", "from", "author", "recordedAt"}, allowGetters = true)
public record TransitionRequest(
        @NotNull CeasefireStatus to,
        @NotNull OffsetDateTime at,
        @JsonDeserialize(using = LenientIdDeserializer.class) Long sourceId,
        @Size(max = 2000) String note) {
}
