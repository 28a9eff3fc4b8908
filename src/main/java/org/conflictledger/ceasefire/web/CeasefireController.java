package org.conflictledger.ceasefire.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.conflictledger.ceasefire.CeasefireFilter;
import org.conflictledger.ceasefire.CeasefireRequest;
import org.conflictledger.ceasefire.CeasefireScope;
import org.conflictledger.ceasefire.CeasefireService;
import org.conflictledger.ceasefire.CeasefireStatus;
import org.conflictledger.ceasefire.CeasefireView;
import org.conflictledger.ceasefire.HistoryEntryView;
import org.conflictledger.ceasefire.PositionRequest;
import org.conflictledger.ceasefire.TransitionRequest;
import org.conflictledger.common.MergePatch;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.openapi.MergePatchOf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Ceasefires", description = "Cease-fires, their parties' positions and their status machine")
@RestController
@RequestMapping("/api/v1/ceasefires")
class CeasefireController {

    private static final String BASE = "/api/v1/ceasefires/";

    private final CeasefireService ceasefires;
    private final MergePatch mergePatch;

    CeasefireController(CeasefireService ceasefires, MergePatch mergePatch) {
        this.ceasefires = ceasefires;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "createCeasefire", summary = "Records a proposed cease-fire")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<CeasefireView> create(@Valid @RequestBody CeasefireRequest request) {
        CeasefireView created = ceasefires.create(request);
        return ResponseEntity.created(URI.create(BASE + created.id())).body(created);
    }

    @Operation(operationId = "listCeasefires", summary = "Lists cease-fires")
    @GetMapping
    PageResponse<CeasefireView> list(@RequestParam(required = false) CeasefireStatus status,
            @RequestParam(required = false) CeasefireScope scope, @RequestParam(required = false) String party,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ceasefires.list(new CeasefireFilter(status, scope, party, time("from", from), time("to", to),
                Times.parseParam("updatedSince", updatedSince)), sort, PageQuery.of(page, size));
    }

    @Operation(operationId = "getCeasefire", summary = "Reads a cease-fire with its history")
    @GetMapping("/{id}")
    CeasefireView get(@PathVariable long id) {
        return ceasefires.get(id);
    }

    @Operation(operationId = "updateCeasefire", summary = "Replaces a cease-fire's terms")
    @PutMapping("/{id}")
    CeasefireView update(@PathVariable long id, @Valid @RequestBody CeasefireRequest request) {
        return ceasefires.update(id, request);
    }

    /** JSON Merge Patch of the terms (status and history change through transitions); atomic with its read. */
    @Operation(operationId = "patchCeasefire", summary = "Changes some of a cease-fire's terms (JSON Merge Patch)")
    @MergePatchOf(CeasefireRequest.class)
    @PatchMapping(path = "/{id}", consumes = {MergePatch.MEDIA_TYPE, "application/json"})
    CeasefireView patch(@PathVariable long id, @RequestBody tools.jackson.databind.JsonNode patch) {
        return ceasefires.update(id, mergePatch.apply(ceasefires.get(id), patch, CeasefireRequest.class));
    }

    @Operation(operationId = "deleteCeasefire", summary = "Deletes a cease-fire")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        ceasefires.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "transitionCeasefire", summary = "Moves a cease-fire to another status (409 naming the allowed ones)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/transitions")
    ResponseEntity<CeasefireView> transition(@PathVariable long id, @Valid @RequestBody TransitionRequest request) {
        CeasefireView moved = ceasefires.transition(id, request);
        HistoryEntryView entry = moved.history().get(moved.history().size() - 1);
        return ResponseEntity.created(URI.create(BASE + id + "/transitions/" + entry.id())).body(moved);
    }

    @Operation(operationId = "getCeasefireTransition", summary = "Reads one entry of a cease-fire's history")
    @GetMapping("/{id}/transitions/{transitionId}")
    HistoryEntryView historyEntry(@PathVariable long id, @PathVariable long transitionId) {
        return ceasefires.historyEntry(id, transitionId);
    }

    @Operation(operationId = "undoCeasefireTransition", summary = "Removes the latest transition of a cease-fire")
    @DeleteMapping("/{id}/transitions/{transitionId}")
    ResponseEntity<Void> undoTransition(@PathVariable long id, @PathVariable long transitionId) {
        ceasefires.undoTransition(id, transitionId);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "setCeasefirePartyPosition", summary = "Sets a party's position on a cease-fire")
    @PutMapping("/{id}/parties/{party}")
    CeasefireView setPosition(@PathVariable long id, @PathVariable String party,
            @Valid @RequestBody PositionRequest request) {
        return ceasefires.setPosition(id, party, request);
    }

    @Operation(operationId = "removeCeasefireParty", summary = "Removes a party from a cease-fire")
    @DeleteMapping("/{id}/parties/{party}")
    ResponseEntity<Void> removeParty(@PathVariable long id, @PathVariable String party) {
        ceasefires.removeParty(id, party);
        return ResponseEntity.noContent().build();
    }

    /** Query times as {@link Times#parseParam} reads them (date-times with offset, or dates), in UTC. */
    private static OffsetDateTime time(String field, String text) {
        Instant instant = Times.parseParam(field, text);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
