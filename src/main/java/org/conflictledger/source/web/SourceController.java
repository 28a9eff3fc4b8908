package org.conflictledger.source.web;

import java.net.URI;

import jakarta.validation.Valid;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.source.SourceKind;
import org.conflictledger.source.SourceRequest;
import org.conflictledger.source.SourceService;
import org.conflictledger.source.SourceView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sources")
class SourceController {

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    @PostMapping
    ResponseEntity<SourceView> create(@Valid @RequestBody SourceRequest request) {
        SourceView created = sources.create(request);
        return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id())).body(created);
    }

    @GetMapping
    PageResponse<SourceView> list(@RequestParam(required = false) String publisher,
            @RequestParam(required = false) SourceKind kind, @RequestParam(required = false) String party,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return sources.list(publisher, kind, party, Times.parseParam("updatedSince", updatedSince), sort,
                PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    SourceView get(@PathVariable long id) {
        return sources.get(id);
    }

    @PutMapping("/{id}")
    SourceView update(@PathVariable long id, @Valid @RequestBody SourceRequest request) {
        return sources.update(id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        sources.delete(id);
        return ResponseEntity.noContent().build();
    }
}
