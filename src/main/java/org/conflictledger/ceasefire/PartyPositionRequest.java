package org.conflictledger.ceasefire;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One party of a cease-fire: its code, position, conditions and the date of that position. */
public record PartyPositionRequest(
        @NotBlank @Size(max = 16) String party,
        @NotNull Position position,
        @Size(max = 4000) String conditions,
        OffsetDateTime at) {
}
