package org.conflictledger.ingest.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.ingest.extract.EventKind;
import org.conflictledger.ingest.review.AcceptRequest;
import org.conflictledger.ingest.review.CandidateService;
import org.conflictledger.ingest.review.CandidateStatus;
import org.conflictledger.ingest.review.CandidateView;
import org.conflictledger.ingest.review.RejectRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Candidates", description = "Records extracted from news articles, waiting for review")
@RestController
@RequestMapping("/api/v1/candidates")
class CandidateController {

    private final CandidateService candidates;

    CandidateController(CandidateService candidates) {
        this.candidates = candidates;
    }

    @Operation(operationId = "listCandidates", summary = "Lists candidate records")
    @GetMapping
    PageResponse<CandidateView> list(@RequestParam(required = false) EventKind kind,
            @RequestParam(required = false) Long article,
            @RequestParam(required = false) CandidateStatus status,
            @RequestParam(required = false) Double minConfidence,
            @RequestParam(required = false) Double maxConfidence,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return candidates.list(kind, article, status, minConfidence, maxConfidence, sort, PageQuery.of(page, size));
    }

    @Operation(operationId = "getCandidate", summary = "Reads a candidate record")
    @GetMapping("/{id}")
    CandidateView get(@PathVariable long id) {
        return candidates.get(id);
    }

    /** Accepts, optionally with corrections in the body. */
    @Operation(operationId = "acceptCandidate", summary = "Accepts a candidate (optionally corrected) as a record")
    @PostMapping("/{id}/accept")
    CandidateView accept(@PathVariable long id, @Valid @RequestBody(required = false) AcceptRequest corrections) {
        return candidates.accept(id, corrections);
    }

    @Operation(operationId = "rejectCandidate", summary = "Rejects a candidate")
    @PostMapping("/{id}/reject")
    CandidateView reject(@PathVariable long id, @Valid @RequestBody(required = false) RejectRequest request) {
        return candidates.reject(id, request);
    }

    @Operation(operationId = "deleteCandidate", summary = "Deletes a candidate")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        candidates.delete(id);
        return ResponseEntity.noContent().build();
    }
}
