package org.conflictledger.strike;

import org.conflictledger.common.TimePrecision;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A strike as a client states it. On create, {@code claims} holds one or more claims; on update
 * (PUT) the strike's own fields are replaced and {@code claims} is ignored (claims change through
 * {@code /strikes/{id}/claims}). Server-owned fields are ignored.
 */
@JsonIgnoreProperties(value = {"id", "version", "createdAt", "updatedAt", "launched", "intercepted", "suppressed",
        "hit", "killed", "wounded", "inconsistent", "ceasefires", "regionCode"}, allowGetters = true)
public record StrikeRequest(
        @NotBlank @Size(max = 16) String attacker,
        @NotBlank @Size(max = 16) String target,
        @NotNull OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        @NotNull TimePrecision timePrecision,
        @Size(max = 300) String place,
        @Size(max = 200) String region,
        @Size(max = 2) String country,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        GeoPrecision geoPrecision,
        @Size(max = 300) String launchPlace,
        WeaponCategory weaponCategory,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> weaponModels,
        @Size(max = 9) List<@NotNull TargetCategory> targetCategories,
        @Size(max = 10) Map<@NotBlank @Size(max = 64) String, @NotBlank @Size(max = 200) String> externalIds,
        @Size(max = 200) List<@NotNull @Valid ClaimRequest> claims) {
}
