package org.conflictledger.timeline;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of the timeline: {@code nextCursor} asks for the next one ({@code cursor=}); absent on the last page. */
public record TimelinePage(List<TimelineItem> items, @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {
}
