package org.conflictledger.ceasefire;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Create or replace a cease-fire's terms. {@code areas} name the regions or places a LOCAL or
 * HUMANITARIAN_CORRIDOR cease-fire protects; {@code duration} is ISO-8601 ("P30D", "PT30H") and, with
 * {@code effectiveFrom} and no {@code effectiveUntil}, gives the end. {@code proposedAt} defaults to
 * now on create and to the current value on replace. Status, history and the other server-owned
 * fields are ignored when sent.
 */
@JsonIgnoreProperties(value = {"id", "version", "createdAt", "updatedAt", "status", "history", "inForce",
        "allegations"}, allowGetters = true)
public record CeasefireRequest(
        @NotBlank @Size(max = 300) String name,
        @NotNull CeasefireScope scope,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> areas,
        @Size(max = 4000) String description,
        @Size(max = 50) List<@NotNull @Valid PartyPositionRequest> parties,
        @Size(max = 50) List<@NotBlank @Size(max = 16) String> mediators,
        OffsetDateTime proposedAt,
        OffsetDateTime agreedAt,
        OffsetDateTime effectiveFrom,
        OffsetDateTime effectiveUntil,
        @Size(max = 40) String duration) {
}
