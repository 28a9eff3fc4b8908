package org.conflictledger.ceasefire.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.conflictledger.ceasefire.AllegationRequest;
import org.conflictledger.ceasefire.AllegationService;
import org.conflictledger.ceasefire.AllegationView;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Allegations", description = "Alleged violations of cease-fires")
@RestController
@RequestMapping("/api/v1/ceasefires/{ceasefireId}/allegations")
class AllegationController {

    private final AllegationService allegations;

    AllegationController(AllegationService allegations) {
        this.allegations = allegations;
    }

    @Operation(operationId = "createAllegation", summary = "Records an alleged violation of a cease-fire")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<AllegationView> create(@PathVariable long ceasefireId,
            @Valid @RequestBody AllegationRequest request) {
        AllegationView created = allegations.create(ceasefireId, request);
        return ResponseEntity.created(URI.create("/api/v1/ceasefires/" + ceasefireId + "/allegations/" + created.id()))
                .body(created);
    }

    @Operation(operationId = "listAllegations", summary = "Lists the alleged violations of a cease-fire")
    @GetMapping
    PageResponse<AllegationView> list(@PathVariable long ceasefireId,
            @RequestParam(required = false) String accuser, @RequestParam(required = false) String accused,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return allegations.list(ceasefireId, accuser, accused, time("from", from), time("to", to),
                Times.parseParam("updatedSince", updatedSince), sort, PageQuery.of(page, size));
    }

    @Operation(operationId = "getAllegation", summary = "Reads an alleged violation")
    @GetMapping("/{allegationId}")
    AllegationView get(@PathVariable long ceasefireId, @PathVariable long allegationId) {
        return allegations.get(ceasefireId, allegationId);
    }

    @Operation(operationId = "deleteAllegation", summary = "Deletes an alleged violation")
    @DeleteMapping("/{allegationId}")
    ResponseEntity<Void> delete(@PathVariable long ceasefireId, @PathVariable long allegationId) {
        allegations.delete(ceasefireId, allegationId);
        return ResponseEntity.noContent().build();
    }

    /** Query times as {@link Times#parseParam} reads them (date-times with offset, or dates), in UTC. */
    private static OffsetDateTime time(String field, String text) {
        Instant instant = Times.parseParam(field, text);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
