package org.conflictledger.ceasefire;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.conflictledger.common.LenientIdDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An alleged violation: who accuses whom (party codes), when the violation allegedly happened, on
 * which source, optionally the strike it refers to.
 */
@JsonIgnoreProperties(value = {"id", "ceasefireId", "createdAt"}, allowGetters = true)
public record AllegationRequest(
        @NotBlank @Size(max = 16) String accuser,
        @NotBlank @Size(max = 16) String accused,
        @NotNull OffsetDateTime at,
        @JsonDeserialize(using = LenientIdDeserializer.class) Long sourceId,
        @JsonDeserialize(using = LenientIdDeserializer.class) Long strikeId,
        @Size(max = 2000) String summary) {
}
