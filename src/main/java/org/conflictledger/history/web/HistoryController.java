package org.conflictledger.history.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.conflictledger.common.ApiException;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.history.ChangeLog;
import org.conflictledger.history.ChangePage;
import org.conflictledger.history.ChangeResource;
import org.conflictledger.history.Revision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

@Tag(name = "History", description = "Revisions of records and the change feed")
@RestController
class HistoryController {

    private static final int DEFAULT_FEED_SIZE = 100;

    private final ChangeLog changes;

    HistoryController(ChangeLog changes) {
        this.changes = changes;
    }

    @Operation(operationId = "listRevisions", summary = "Lists the revisions of a strike, cease-fire or negotiation event")
    @GetMapping("/api/v1/{collection:strikes|ceasefires|negotiations}/{id}/revisions")
    PageResponse<Revision> revisions(
            @Parameter(schema = @Schema(allowableValues = {"strikes", "ceasefires", "negotiations"}))
            @PathVariable String collection, @PathVariable long id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ChangeResource resource = ChangeResource.ofCollection(collection).orElseThrow();
        return changes.revisions(resource, id, PageQuery.of(page, size));
    }

    /** The change feed: every change after {@code since}, oldest first, paged by {@code nextCursor}. */
    @Operation(operationId = "listChanges", summary = "The change feed: every change after a cursor, oldest first")
    @GetMapping("/api/v1/changes")
    ChangePage changes(@RequestParam(required = false) Long since,
            @Parameter(description = "Only changes of this kind of resource",
                    schema = @Schema(allowableValues = {"strike", "ceasefire", "negotiation"}))
            @RequestParam(required = false) String resource,
            @RequestParam(required = false) Integer size) {
        if (since != null && since < 0) {
            throw ApiException.invalid(List.of(new FieldProblem("since", "must be a cursor from this feed (0 or more)",
                    since, null)));
        }
        ChangeResource only = null;
        if (resource != null && !resource.isBlank()) {
            List<String> allowed = Arrays.stream(ChangeResource.values()).map(ChangeResource::key).toList();
            only = ChangeResource.ofKey(resource.trim()).orElseThrow(() -> ApiException.invalid(List.of(
                    new FieldProblem("resource", "must be one of " + String.join(", ", allowed), resource, allowed))));
        }
        int pageSize = PageQuery.of(0, size == null ? DEFAULT_FEED_SIZE : size).size();
        return changes.changes(since, only, pageSize);
    }
}
