package org.conflictledger.party;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or replace a party. {@code code}: ISO 3166 alpha-2 for states, a short slug otherwise. */
@JsonIgnoreProperties(value = {"id", "version", "createdAt", "updatedAt", "createdBy", "aliases"}, allowGetters = true)
public record PartyRequest(
        @NotBlank @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_-]{1,15}$",
                message = "must be 2 to 16 letters, digits, '-' or '_', starting with a letter") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartyKind kind) {
}
