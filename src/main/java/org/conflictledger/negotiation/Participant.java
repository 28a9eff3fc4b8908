package org.conflictledger.negotiation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Someone who took part in a negotiation event: "Steve Witkoff", "White House envoy", US, ENVOY.
 * A participant may be unnamed ("Russia's foreign minister": a title and a party): a name, a title or a
 * party is required. {@code party} is optional (a mediator may speak for no party) and, when given, must
 * be a known code.
 */
public record Participant(
        @Size(max = 200) String name,
        @Size(max = 300) @Nullable String title,
        @Size(max = 16) @Nullable String party,
        @NotNull Capacity capacity) {

    /** Whether the participant is identified at all: by a name, a title or a party. */
    @AssertTrue(message = "needs a name, a title or a party")
    @JsonIgnore
    public boolean isIdentified() {
        return notBlank(name) || notBlank(title) || notBlank(party);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
