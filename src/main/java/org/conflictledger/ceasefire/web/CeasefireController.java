package org.conflictledger.ceasefire.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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
import org.springframework.web.bind.annotation.RestController;

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

    @PostMapping
    ResponseEntity<CeasefireView> create(@Valid @RequestBody CeasefireRequest request) {
        CeasefireView created = ceasefires.create(request);
        return ResponseEntity.created(URI.create(BASE + created.id())).body(created);
    }

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

    @GetMapping("/{id}")
    CeasefireView get(@PathVariable long id) {
        return ceasefires.get(id);
    }

    @PutMapping("/{id}")
    CeasefireView update(@PathVariable long id, @Valid @RequestBody CeasefireRequest request) {
        return ceasefires.update(id, request);
    }

    /** JSON Merge Patch of the terms (status and history change through transitions); atomic with its read. */
    @PatchMapping(path = "/{id}", consumes = {MergePatch.MEDIA_TYPE, "application/json"})
    CeasefireView patch(@PathVariable long id, @RequestBody tools.jackson.databind.JsonNode patch) {
        return ceasefires.update(id, mergePatch.apply(ceasefires.get(id), patch, CeasefireRequest.class));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        ceasefires.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/transitions")
    ResponseEntity<CeasefireView> transition(@PathVariable long id, @Valid @RequestBody TransitionRequest request) {
        CeasefireView moved = ceasefires.transition(id, request);
        HistoryEntryView entry = moved.history().get(moved.history().size() - 1);
        return ResponseEntity.created(URI.create(BASE + id + "/transitions/" + entry.id())).body(moved);
    }

    @GetMapping("/{id}/transitions/{transitionId}")
    HistoryEntryView historyEntry(@PathVariable long id, @PathVariable long transitionId) {
        return ceasefires.historyEntry(id, transitionId);
    }

    @DeleteMapping("/{id}/transitions/{transitionId}")
    ResponseEntity<Void> undoTransition(@PathVariable long id, @PathVariable long transitionId) {
        ceasefires.undoTransition(id, transitionId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/parties/{party}")
    CeasefireView setPosition(@PathVariable long id, @PathVariable String party,
            @Valid @RequestBody PositionRequest request) {
        return ceasefires.setPosition(id, party, request);
    }

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
