package org.conflictledger.negotiation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Something said about or at the event, and by whom (when known). */
public record Quote(
        @Size(max = 200) @Nullable String speaker,
        @NotBlank @Size(max = 4000) String text) {
}
