package org.conflictledger.timeline.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictledger.common.ApiException;
import org.conflictledger.common.ExportFormat;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.Times;
import org.conflictledger.timeline.TimelineKind;
import org.conflictledger.timeline.TimelinePage;
import org.conflictledger.timeline.TimelineQuery;
import org.conflictledger.timeline.TimelineService;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Timeline", description = "Strikes, cease-fire history and negotiation events in one time-ordered stream")
@RestController
class TimelineController {

    private static final Set<ExportFormat> FORMATS = EnumSet.of(ExportFormat.JSON, ExportFormat.CSV);

    private final TimelineService timeline;

    TimelineController(TimelineService timeline) {
        this.timeline = timeline;
    }

    /**
     * Strikes, cease-fire history entries and negotiation events in one time-ordered stream, {@code limit}
     * (or {@code size}) items a page (default 50, at most 500), the next page by {@code cursor=nextCursor};
     * as CSV ({@code Accept: text/csv} or {@code format=csv}) every matching item, streamed.
     */
    @Operation(operationId = "getTimeline", summary = "One page of the timeline (JSON), or all of it as CSV")
    @ApiResponse(responseCode = "200", description = "A page of the timeline, or all of it as CSV",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = TimelinePage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/api/v1/timeline")
    TimelinePage timeline(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @Parameter(description = "Comma-separated kinds to include (default all): strike, ceasefire, negotiation")
            @RequestParam(required = false) String kinds, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String cursor,
            @Parameter(description = "json (default) or csv; wins over Accept",
                    schema = @Schema(allowableValues = {"json", "csv"}))
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        TimelineQuery query = new TimelineQuery(Times.parseParam("from", from), Times.parseParam("to", to),
                TimelineKind.parse(kinds));
        Times.requireOrdered(query.from(), query.to());
        ExportFormat as = ExportFormat.negotiate(format, accept, FORMATS);
        if (as == ExportFormat.CSV) {
            response.setContentType(as.contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"timeline.csv\"");
            timeline.csv(query).writeTo(response.getOutputStream());
            return null;
        }
        return timeline.page(query, limit(limit, size), cursor);
    }

    private static int limit(Integer limit, Integer size) {
        Integer asked = limit != null ? limit : size;
        if (asked == null) {
            return PageQuery.DEFAULT_SIZE;
        }
        if (asked < 1 || asked > PageQuery.MAX_SIZE) {
            throw ApiException.invalid(List.of(new FieldProblem(limit != null ? "limit" : "size",
                    "must be between 1 and " + PageQuery.MAX_SIZE, asked, null)));
        }
        return asked;
    }
}
