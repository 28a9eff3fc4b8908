package org.conflictledger.ingest.feed.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.ingest.feed.FeedRequest;
import org.conflictledger.ingest.feed.FeedService;
import org.conflictledger.ingest.feed.FeedView;
import org.conflictledger.ingest.feed.PollReport;
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

@Tag(name = "Feeds", description = "News feeds polled for articles (ADMIN)")
@RestController
@RequestMapping("/api/v1/feeds")
class FeedController {

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    @Operation(operationId = "registerFeed", summary = "Registers a feed")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<FeedView> register(@Valid @RequestBody FeedRequest request) {
        FeedView created = feeds.register(request);
        return ResponseEntity.created(URI.create("/api/v1/feeds/" + created.id())).body(created);
    }

    @Operation(operationId = "listFeeds", summary = "Lists feeds")
    @GetMapping
    PageResponse<FeedView> list(@RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return feeds.list(enabled, PageQuery.of(page, size));
    }

    @Operation(operationId = "getFeed", summary = "Reads a feed")
    @GetMapping("/{id}")
    FeedView get(@PathVariable long id) {
        return feeds.get(id);
    }

    @Operation(operationId = "updateFeed", summary = "Replaces a feed")
    @PutMapping("/{id}")
    FeedView update(@PathVariable long id, @Valid @RequestBody FeedRequest request) {
        return feeds.update(id, request);
    }

    @Operation(operationId = "enableFeed", summary = "Enables a feed")
    @PostMapping("/{id}/enable")
    FeedView enable(@PathVariable long id) {
        return feeds.setEnabled(id, true);
    }

    @Operation(operationId = "disableFeed", summary = "Disables a feed")
    @PostMapping("/{id}/disable")
    FeedView disable(@PathVariable long id) {
        return feeds.setEnabled(id, false);
    }

    @Operation(operationId = "pollFeed", summary = "Polls a feed now")
    @PostMapping("/{id}/poll")
    PollReport poll(@PathVariable long id) {
        return feeds.pollNow(id);
    }

    @Operation(operationId = "deleteFeed", summary = "Deletes a feed")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        feeds.delete(id);
        return ResponseEntity.noContent().build();
    }
}
