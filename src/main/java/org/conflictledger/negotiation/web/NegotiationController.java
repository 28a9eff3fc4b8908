package org.conflictledger.negotiation.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.conflictledger.common.MergePatch;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.negotiation.NegotiationFilter;
import org.conflictledger.negotiation.NegotiationKind;
import org.conflictledger.negotiation.NegotiationRequest;
import org.conflictledger.negotiation.NegotiationService;
import org.conflictledger.negotiation.NegotiationView;
import org.conflictledger.negotiation.Topic;
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

@Tag(name = "Negotiations", description = "Negotiation events: meetings, calls, proposals, statements")
@RestController
@RequestMapping("/api/v1/negotiations")
class NegotiationController {

    private final NegotiationService negotiations;
    private final MergePatch mergePatch;

    NegotiationController(NegotiationService negotiations, MergePatch mergePatch) {
        this.negotiations = negotiations;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "createNegotiation", summary = "Records a negotiation event")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<NegotiationView> create(@Valid @RequestBody NegotiationRequest request) {
        NegotiationView created = negotiations.create(request);
        return ResponseEntity.created(URI.create("/api/v1/negotiations/" + created.id())).body(created);
    }

    @Operation(operationId = "listNegotiations", summary = "Lists negotiation events")
    @GetMapping
    PageResponse<NegotiationView> list(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long track,
            @RequestParam(required = false) NegotiationKind kind, @RequestParam(required = false) String participant,
            @RequestParam(required = false) Topic topic, @RequestParam(required = false) String country,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return negotiations.list(NegotiationFilter.of(from, to, track, kind, participant, topic, country, updatedSince),
                sort,
                PageQuery.of(page, size));
    }

    @Operation(operationId = "getNegotiation", summary = "Reads a negotiation event")
    @GetMapping("/{id}")
    NegotiationView get(@PathVariable long id) {
        return negotiations.get(id);
    }

    @Operation(operationId = "updateNegotiation", summary = "Replaces a negotiation event")
    @PutMapping("/{id}")
    NegotiationView update(@PathVariable long id, @Valid @RequestBody NegotiationRequest request) {
        return negotiations.update(id, request);
    }

    /** JSON Merge Patch of the event; atomic with its read. */
    @Operation(operationId = "patchNegotiation", summary = "Changes some of a negotiation event (JSON Merge Patch)")
    @MergePatchOf(NegotiationRequest.class)
    @PatchMapping(path = "/{id}", consumes = {MergePatch.MEDIA_TYPE, "application/json"})
    NegotiationView patch(@PathVariable long id, @RequestBody tools.jackson.databind.JsonNode patch) {
        return negotiations.update(id, mergePatch.apply(negotiations.get(id), patch, NegotiationRequest.class));
    }

    @Operation(operationId = "deleteNegotiation", summary = "Deletes a negotiation event")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        negotiations.delete(id);
        return ResponseEntity.noContent().build();
    }
}
