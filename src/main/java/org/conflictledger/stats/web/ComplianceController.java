package org.conflictledger.stats.web;

import org.conflictledger.common.PageQuery;
import org.conflictledger.stats.ComplianceReport;
import org.conflictledger.stats.ComplianceService;
import org.conflictledger.stats.StatsRequests;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ComplianceController {

    private final ComplianceService compliance;
    private final StatsRequests requests;

    ComplianceController(ComplianceService compliance, StatsRequests requests) {
        this.compliance = compliance;
        this.requests = requests;
    }

    /** Was the cease-fire kept: covered strikes per party, per day against a baseline, allegations, and the strikes. */
    @GetMapping("/api/v1/ceasefires/{id}/compliance")
    ComplianceReport compliance(@PathVariable long id, @RequestParam(required = false) String tz,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return compliance.report(id, requests.zone(tz), PageQuery.of(page, size));
    }
}
