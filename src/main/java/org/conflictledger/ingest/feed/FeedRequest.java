package org.conflictledger.ingest.feed;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Register or replace a feed: an RSS 2.0 or Atom URL, a name, the publisher its articles are
 * credited to (default: the name), the poll interval as an ISO-8601 duration (default PT15M) and
 * whether it is polled (default true). Status fields sent back are ignored.
 */
@JsonIgnoreProperties(value = {"id", "version", "status", "createdAt", "updatedAt"}, allowGetters = true)
public record FeedRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 2048) String url,
        @Size(max = 200) String publisher,
        Duration pollInterval,
        Boolean enabled) {
}
