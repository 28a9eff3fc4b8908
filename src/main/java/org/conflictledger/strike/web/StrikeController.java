package org.conflictledger.strike.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;
import org.conflictledger.common.ApiException;
import org.conflictledger.common.ExportFormat;
import org.conflictledger.common.MergePatch;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.StreamedExport;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.openapi.MergePatchOf;
import org.conflictledger.strike.ClaimRequest;
import org.conflictledger.strike.ClaimView;
import org.conflictledger.strike.StrikeExports;
import org.conflictledger.strike.StrikeFilter;
import org.conflictledger.strike.StrikePage;
import org.conflictledger.strike.StrikeRequest;
import org.conflictledger.strike.StrikeService;
import org.conflictledger.strike.StrikeView;
import org.conflictledger.strike.TargetCategory;
import org.conflictledger.strike.WeaponCategory;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.conflictledger.integrity.Representation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Strikes", description = "Strikes with their claims and reconciled figures")
@RestController
@RequestMapping("/api/v1/strikes")
class StrikeController {

    private static final Set<ExportFormat> EXPORTS = EnumSet.allOf(ExportFormat.class);

    private final StrikeService strikes;
    private final MergePatch mergePatch;
    private final StrikeExports exports;

    StrikeController(StrikeService strikes, MergePatch mergePatch, StrikeExports exports) {
        this.strikes = strikes;
        this.mergePatch = mergePatch;
        this.exports = exports;
    }

    @Operation(operationId = "createStrike", summary = "Records a strike (with its first claims)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<StrikeView> create(@Valid @RequestBody StrikeRequest request) {
        StrikeView created = strikes.create(request);
        return ResponseEntity.created(URI.create("/api/v1/strikes/" + created.id())).body(created);
    }

    /**
     * One page of matching strikes as JSON; with {@code Accept: text/csv} or {@code format=csv} every
     * matching strike as CSV, with {@code Accept: application/geo+json} or {@code format=geojson} every
     * one with coordinates as GeoJSON (both streamed, whatever their number).
     */
    @Operation(operationId = "listStrikes", summary = "Lists strikes (a page as JSON, or every match as CSV or GeoJSON)")
    @ApiResponse(responseCode = "200", description = "A page of strikes, or every matching strike as CSV or GeoJSON",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = StrikePage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/geo+json",
                            schema = @Schema(ref = "#/components/schemas/StrikeFeatureCollection"))})
    @GetMapping
    StrikePage list(@RequestParam(required = false) String attacker,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) WeaponCategory weaponCategory,
            @RequestParam(required = false) TargetCategory targetCategory,
            @RequestParam(required = false) String region, @RequestParam(required = false) String country,
            @RequestParam(required = false) String place, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer minLaunched,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String cursor,
            @Parameter(description = "json (default), csv or geojson; wins over Accept",
                    schema = @Schema(allowableValues = {"json", "csv", "geojson"}))
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        StrikeFilter filter = new StrikeFilter(attacker, target, weaponCategory, targetCategory, region, country, place,
                Times.parseParam("from", from), Times.parseParam("to", to), minLaunched, regionCode);
        Instant changedSince = Times.parseParam("updatedSince", updatedSince);
        ExportFormat as = ExportFormat.negotiate(format, accept, EXPORTS);
        if (as == ExportFormat.JSON) {
            return strikes.list(filter, changedSince, sort, PageQuery.of(page, size), cursor);
        }
        StreamedExport export = as == ExportFormat.CSV ? exports.csv(filter, changedSince, sort)
                : exports.geoJson(filter, changedSince, sort);
        response.setContentType(as.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"strikes."
                + (as == ExportFormat.CSV ? "csv" : "geojson") + "\"");
        export.writeTo(response.getOutputStream());
        return null;
    }

    @Operation(operationId = "getStrike", summary = "Reads a strike with its claims")
    /**
     * The strike with its claims, their sources and the cease-fires it falls under: bytes kept while
     * nothing they show changes, with their ETag (the same bytes as a {@link StrikeView} in JSON).
     */
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = StrikeView.class)))
    ResponseEntity<byte[]> get(@PathVariable long id) {
        Representation strike = strikes.representation(id).orElseThrow(() -> ApiException.notFound("strike", id));
        return ResponseEntity.ok().eTag(strike.etag()).contentType(MediaType.APPLICATION_JSON).body(strike.body());
    }

    @Operation(operationId = "updateStrike", summary = "Replaces a strike's own fields")
    @PutMapping("/{id}")
    StrikeView update(@PathVariable long id, @Valid @RequestBody StrikeRequest request) {
        return strikes.update(id, request);
    }

    /** JSON Merge Patch of the strike's own fields (claims change through /claims); atomic with its read. */
    @Operation(operationId = "patchStrike", summary = "Changes some of a strike's own fields (JSON Merge Patch)")
    @MergePatchOf(value = StrikeRequest.class, except = "claims")
    @PatchMapping(path = "/{id}", consumes = {MergePatch.MEDIA_TYPE, "application/json"})
    StrikeView patch(@PathVariable long id, @RequestBody tools.jackson.databind.JsonNode patch) {
        StrikeRequest merged = mergePatch.apply(strikes.get(id), patch, StrikeRequest.class, "claims");
        return strikes.update(id, merged);
    }

    @Operation(operationId = "deleteStrike", summary = "Deletes a strike and its claims")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        strikes.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "addStrikeClaim", summary = "Adds a claim to a strike; answers the re-reconciled strike")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/claims")
    ResponseEntity<StrikeView> addClaim(@PathVariable long id, @Valid @RequestBody ClaimRequest request) {
        StrikeService.ClaimAdded added = strikes.addClaim(id, request);
        return ResponseEntity.created(URI.create("/api/v1/strikes/" + id + "/claims/" + added.claimId()))
                .body(added.strike());
    }

    /** All claims of the strike, in the shape of a list page (a strike's claims are few). */
    @Operation(operationId = "listStrikeClaims", summary = "Lists a strike's claims")
    @GetMapping("/{id}/claims")
    PageResponse<ClaimView> claims(@PathVariable long id) {
        List<ClaimView> claims = strikes.claims(id);
        return new PageResponse<>(claims, 0, Math.max(claims.size(), 1), claims.size());
    }

    @Operation(operationId = "getStrikeClaim", summary = "Reads one claim of a strike")
    @GetMapping("/{id}/claims/{claimId}")
    ClaimView claim(@PathVariable long id, @PathVariable long claimId) {
        return strikes.getClaim(id, claimId);
    }

    @Operation(operationId = "updateStrikeClaim", summary = "Replaces a claim; answers the re-reconciled strike")
    @PutMapping("/{id}/claims/{claimId}")
    StrikeView updateClaim(@PathVariable long id, @PathVariable long claimId,
            @Valid @RequestBody ClaimRequest request) {
        return strikes.updateClaim(id, claimId, request);
    }

    @Operation(operationId = "deleteStrikeClaim", summary = "Removes a claim (the strike is re-reconciled)")
    @DeleteMapping("/{id}/claims/{claimId}")
    ResponseEntity<Void> deleteClaim(@PathVariable long id, @PathVariable long claimId) {
        strikes.deleteClaim(id, claimId);
        return ResponseEntity.noContent().build();
    }
}
