package org.conflictledger.stats.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictledger.common.ExportFormat;
import org.conflictledger.common.Times;
import org.conflictledger.stats.StatsQuery;
import org.conflictledger.stats.StrikeStats;
import org.conflictledger.stats.StatsRequests;
import org.conflictledger.stats.StrikeAggregates;
import org.conflictledger.stats.StrikeStatsService;
import org.conflictledger.strike.StrikeFilter;
import org.conflictledger.strike.TargetCategory;
import org.conflictledger.strike.WeaponCategory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Statistics", description = "Statistics and compliance reports")
@RestController
@RequestMapping("/api/v1/stats")
class StatsController {

    /** Which table answered: rollup-day, rollup-hour, rollup-day-hour (daily rows, hourly ones where a bucket starts inside a UTC day) or base. */
    static final String SOURCE_HEADER = "Ledger-Stats-Source";

    private static final Set<ExportFormat> FORMATS = EnumSet.of(ExportFormat.JSON, ExportFormat.CSV);

    private final StrikeStatsService stats;
    private final StatsRequests requests;
    private final StrikeAggregates aggregates;

    StatsController(StrikeStatsService stats, StatsRequests requests, StrikeAggregates aggregates) {
        this.stats = stats;
        this.requests = requests;
        this.aggregates = aggregates;
    }

    /**
     * How many matching strikes had fewer than 10, 10–49, 50–99 and 100 or more launched (best
     * figure), and how many state no launched figure.
     */
    @Operation(operationId = "getStrikeSizes", summary = "Matching strikes by attack size (launched best figure)")
    @GetMapping("/strikes/sizes")
    StrikeAggregates.AttackSizes sizes(@RequestParam(required = false) String attacker,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) WeaponCategory weaponCategory,
            @RequestParam(required = false) TargetCategory targetCategory,
            @RequestParam(required = false) String region, @RequestParam(required = false) String country,
            @RequestParam(required = false) String place, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer minLaunched) {
        return aggregates.sizes(new StrikeFilter(attacker, target, weaponCategory, targetCategory, region, country,
                place, Times.parseParam("from", from), Times.parseParam("to", to), minLaunched, regionCode));
    }

    /**
     * The matching strikes located at town or exact precision, as map points; more than {@code limit}
     * (default 2000) are clustered on a grid of {@code cellDegrees} (default 0.25).
     */
    @Operation(operationId = "getStrikePoints", summary = "Located strikes as map points (clustered when many)")
    @GetMapping("/strikes/points")
    StrikeAggregates.MapPoints points(@RequestParam(required = false) String attacker,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) WeaponCategory weaponCategory,
            @RequestParam(required = false) TargetCategory targetCategory,
            @RequestParam(required = false) String region, @RequestParam(required = false) String country,
            @RequestParam(required = false) String place, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer minLaunched, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Double cellDegrees) {
        return aggregates.points(new StrikeFilter(attacker, target, weaponCategory, targetCategory, region, country,
                place, Times.parseParam("from", from), Times.parseParam("to", to), minLaunched, regionCode), limit,
                cellDegrees);
    }

    /**
     * Strike counts and figure sums per bucket (hour, day, week, month in zone {@code tz}) and group,
     * for the strikes matching the strike-list filters: every bucket in one answer, streamed; as CSV
     * with {@code Accept: text/csv} or {@code format=csv}. Empty buckets are left out.
     */
    @Operation(operationId = "getStrikeStats",
            summary = "Strike counts and figure sums per time bucket and group (JSON or CSV)")
    @ApiResponse(responseCode = "200", description = "Every bucket, as JSON or CSV",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = StrikeStats.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/strikes")
    void strikes(@Parameter(description = "The bucket's length (default day)",
                    schema = @Schema(allowableValues = {"hour", "day", "week", "month"}))
            @RequestParam(required = false) String bucket,
            @Parameter(description = "IANA time zone of the buckets (default UTC)")
            @RequestParam(required = false) String tz,
            @Parameter(description = "A dimension to group by within each bucket (default none)", schema = @Schema(
                    allowableValues = {"none", "attacker", "target", "weaponCategory", "targetCategory", "region",
                            "regionCode", "country"}))
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String attacker, @RequestParam(required = false) String target,
            @RequestParam(required = false) WeaponCategory weaponCategory,
            @RequestParam(required = false) TargetCategory targetCategory,
            @RequestParam(required = false) String region, @RequestParam(required = false) String country,
            @RequestParam(required = false) String place, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer minLaunched,
            @Parameter(description = "json (default) or csv; wins over Accept",
                    schema = @Schema(allowableValues = {"json", "csv"}))
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        StrikeFilter filter = new StrikeFilter(attacker, target, weaponCategory, targetCategory, region, country, place,
                Times.parseParam("from", from), Times.parseParam("to", to), minLaunched, regionCode);
        StatsQuery query = requests.query(bucket, tz, groupBy, filter);
        ExportFormat as = ExportFormat.negotiate(format, accept, FORMATS);
        StrikeStatsService.Run run = stats.prepare(query);
        response.setHeader(SOURCE_HEADER, run.source());
        response.setContentType(as.contentType());
        if (as == ExportFormat.CSV) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"strike-stats.csv\"");
        }
        (as == ExportFormat.CSV ? run.csv() : run.json()).writeTo(response.getOutputStream());
    }
}
