package org.conflictledger.strike.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;
import org.conflictledger.common.ApiException;
import org.conflictledger.common.ExportFormat;
import org.conflictledger.common.MergePatch;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.StreamedExport;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
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
import org.springframework.web.bind.annotation.RestController;

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
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String format,
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

    @PutMapping("/{id}")
    StrikeView update(@PathVariable long id, @Valid @RequestBody StrikeRequest request) {
        return strikes.update(id, request);
    }

    /** JSON Merge Patch of the strike's own fields (claims change through /claims); atomic with its read. */
    @PatchMapping(path = "/{id}", consumes = {MergePatch.MEDIA_TYPE, "application/json"})
    StrikeView patch(@PathVariable long id, @RequestBody tools.jackson.databind.JsonNode patch) {
        StrikeRequest merged = mergePatch.apply(strikes.get(id), patch, StrikeRequest.class, "claims");
        return strikes.update(id, merged);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        strikes.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/claims")
    ResponseEntity<StrikeView> addClaim(@PathVariable long id, @Valid @RequestBody ClaimRequest request) {
        StrikeService.ClaimAdded added = strikes.addClaim(id, request);
        return ResponseEntity.created(URI.create("/api/v1/strikes/" + id + "/claims/" + added.claimId()))
                .body(added.strike());
    }

    /** All claims of the strike, in the shape of a list page (a strike's claims are few). */
    @GetMapping("/{id}/claims")
    PageResponse<ClaimView> claims(@PathVariable long id) {
        List<ClaimView> claims = strikes.claims(id);
        return new PageResponse<>(claims, 0, Math.max(claims.size(), 1), claims.size());
    }

    @GetMapping("/{id}/claims/{claimId}")
    ClaimView claim(@PathVariable long id, @PathVariable long claimId) {
        return strikes.getClaim(id, claimId);
    }

    @PutMapping("/{id}/claims/{claimId}")
    StrikeView updateClaim(@PathVariable long id, @PathVariable long claimId,
            @Valid @RequestBody ClaimRequest request) {
        return strikes.updateClaim(id, claimId, request);
    }

    @DeleteMapping("/{id}/claims/{claimId}")
    ResponseEntity<Void> deleteClaim(@PathVariable long id, @PathVariable long claimId) {
        strikes.deleteClaim(id, claimId);
        return ResponseEntity.noContent().build();
    }
}
