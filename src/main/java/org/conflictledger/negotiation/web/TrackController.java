package org.conflictledger.negotiation.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.negotiation.TrackRequest;
import org.conflictledger.negotiation.TrackService;
import org.conflictledger.negotiation.TrackSummary;
import org.conflictledger.negotiation.TrackView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tracks", description = "Named threads of talks")
@RestController
@RequestMapping("/api/v1/tracks")
class TrackController {

    private final TrackService tracks;

    TrackController(TrackService tracks) {
        this.tracks = tracks;
    }

    @Operation(operationId = "createTrack", summary = "Records a track")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<TrackView> create(@Valid @RequestBody TrackRequest request) {
        TrackView created = tracks.create(request);
        return ResponseEntity.created(URI.create("/api/v1/tracks/" + created.id())).body(created);
    }

    @Operation(operationId = "listTracks", summary = "Lists tracks")
    @GetMapping
    PageResponse<TrackSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tracks.list(q, Times.parseParam("updatedSince", updatedSince), sort, PageQuery.of(page, size));
    }

    @Operation(operationId = "getTrack", summary = "Reads a track with its events in order")
    @GetMapping("/{id}")
    TrackView get(@PathVariable long id) {
        return tracks.get(id);
    }

    @Operation(operationId = "updateTrack", summary = "Replaces a track")
    @PutMapping("/{id}")
    TrackView update(@PathVariable long id, @Valid @RequestBody TrackRequest request) {
        return tracks.update(id, request);
    }

    @Operation(operationId = "deleteTrack", summary = "Deletes a track")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        tracks.delete(id);
        return ResponseEntity.noContent().build();
    }
}
