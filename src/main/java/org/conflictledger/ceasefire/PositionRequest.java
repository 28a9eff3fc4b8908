package org.conflictledger.ceasefire;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Set or change one party's position; the party is named by the path ({@code party} is ignored). */
@JsonIgnoreProperties(value = {"party"}, allowGetters = true)
public record PositionRequest(
        @NotNull Position position,
        @Size(max = 4000) String conditions,
        OffsetDateTime at) {
}
