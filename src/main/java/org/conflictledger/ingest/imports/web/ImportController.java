package org.conflictledger.ingest.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.ingest.imports.ImportJobView;
import org.conflictledger.ingest.imports.ImportService;
import org.conflictledger.ingest.imports.ImportStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Imports", description = "Bulk imports of data sets")
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    /** The body is the file itself; 202 with the job, which runs in the background. */
    @Operation(operationId = "submitImport", summary = "Submits a file to import; the job runs in the background")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The file to import",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(consumes = {"text/csv", "application/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<ImportJobView> submit(
            @Parameter(required = true, description = "The file's layout", schema = @Schema(
                    allowableValues = {"missile-attacks-ua", "ucdp-ged", "acled", "ledger"}))
            @RequestParam(required = false) String format,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, InputStream body)
            throws IOException {
        ImportService.Submission submission = imports.submit(format, body, idempotencyKey);
        ImportJobView job = submission.job();
        var response = ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id()));
        if (submission.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(job);
    }

    @Operation(operationId = "getImport", summary = "Reads an import job")
    @GetMapping("/{id}")
    ImportJobView get(@PathVariable long id) {
        return imports.get(id);
    }

    @Operation(operationId = "listImports", summary = "Lists import jobs")
    @GetMapping
    PageResponse<ImportJobView> list(@RequestParam(required = false) ImportStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return imports.list(status, PageQuery.of(page, size));
    }
}
