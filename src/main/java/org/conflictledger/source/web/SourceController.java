package org.conflictledger.source.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.source.SourceKind;
import org.conflictledger.source.SourceRequest;
import org.conflictledger.source.SourceService;
import org.conflictledger.source.SourceView;
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

@Tag(name = "Sources", description = "Where statements came from")
@RestController
@RequestMapping("/api/v1/sources")
class SourceController {

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    @Operation(operationId = "createSource", summary = "Records a source")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<SourceView> create(@Valid @RequestBody SourceRequest request) {
        SourceView created = sources.create(request);
        return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id())).body(created);
    }

    @Operation(operationId = "listSources", summary = "Lists sources")
    @GetMapping
    PageResponse<SourceView> list(@RequestParam(required = false) String publisher,
            @RequestParam(required = false) SourceKind kind, @RequestParam(required = false) String party,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return sources.list(publisher, kind, party, Times.parseParam("updatedSince", updatedSince), sort,
                PageQuery.of(page, size));
    }

    @Operation(operationId = "getSource", summary = "Reads a source")
    @GetMapping("/{id}")
    SourceView get(@PathVariable long id) {
        return sources.get(id);
    }

    @Operation(operationId = "updateSource", summary = "Replaces a source")
    @PutMapping("/{id}")
    SourceView update(@PathVariable long id, @Valid @RequestBody SourceRequest request) {
        return sources.update(id, request);
    }

    @Operation(operationId = "deleteSource", summary = "Deletes a source")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        sources.delete(id);
        return ResponseEntity.noContent().build();
    }
}
