package org.conflictledger.source;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or replace a source. {@code party}: whose official channel it is, if any. */
@JsonIgnoreProperties(value = {"id", "version", "createdAt", "updatedAt"}, allowGetters = true)
public record SourceRequest(
        @NotBlank @Size(max = 200) String publisher,
        @NotNull SourceKind kind,
        @Size(max = 16) String party,
        @Size(max = 2048) String url,
        @Size(max = 500) String title,
        OffsetDateTime publishedAt,
        OffsetDateTime retrievedAt) {
}
