package org.conflictledger.stats.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.conflictledger.common.PageQuery;
import org.conflictledger.stats.ComplianceReport;
import org.conflictledger.stats.ComplianceService;
import org.conflictledger.stats.StatsRequests;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Statistics", description = "Statistics and compliance reports")
@RestController
class ComplianceController {

    private final ComplianceService compliance;
    private final StatsRequests requests;

    ComplianceController(ComplianceService compliance, StatsRequests requests) {
        this.compliance = compliance;
        this.requests = requests;
    }

    /**
     * Was the cease-fire kept: covered strikes per party, per day against a baseline, allegations, and
     * the strikes (a {@link ComplianceReport}, as JSON the service may have kept from an unchanged ledger).
     */
    @Operation(operationId = "getCeasefireCompliance", summary = "Was the cease-fire kept: covered strikes per party and day, allegations")
    @GetMapping(path = "/api/v1/ceasefires/{id}/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComplianceReport.class)))
    ResponseEntity<byte[]> compliance(@PathVariable long id, @RequestParam(required = false) String tz,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        byte[] report = compliance.reportJson(id, requests.zone(tz), PageQuery.of(page, size));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
}
