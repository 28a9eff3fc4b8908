package org.conflictledger.negotiation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Someone who took part in a negotiation event: "Steve Witkoff", "White House envoy", US, ENVOY.
 * {@code party} is optional (a mediator may speak for no party) and, when given, must be a known code.
 */
public record Participant(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) @Nullable String title,
        @Size(max = 16) @Nullable String party,
        @NotNull Capacity capacity) {
}
