package org.conflictledger.negotiation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Create or rename a track. Names are unique regardless of case. Read-only fields of a track view are ignored. */
@JsonIgnoreProperties(value = {"id", "version", "createdAt", "updatedAt", "eventCount", "firstEventAt",
        "lastEventAt", "events"}, allowGetters = true)
public record TrackRequest(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description) {
}
