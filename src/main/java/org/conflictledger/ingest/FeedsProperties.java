package org.conflictledger.ingest;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Feed polling, fetching and the review queue ({@code ledger.feeds.*}).
 *
 * @param schedulerEnabled whether the scheduler ticks at all
 * @param tick how often the scheduler looks for due feeds
 * @param initialDelay how long after start-up the first tick comes
 * @param minInterval the shortest poll interval a feed may have
 * @param connectTimeout TCP connect timeout of a fetch
 * @param readTimeout the longest a whole fetch (headers and body) may take
 * @param maxFeedSize a feed document larger than this is refused
 * @param maxItemSize an item whose text is larger than this is skipped (and noted as the feed's error)
 * @param maxItemsPerPoll items after this many in one document are ignored
 * @param maxRedirects redirects followed per fetch, each target checked again
 * @param userAgent the User-Agent header of every fetch
 * @param allowedNetworks CIDR blocks that may be fetched although not public (e.g. 127.0.0.1/32 for tests)
 * @param autoAccept accepting candidates without review
 */
@ConfigurationProperties("ledger.feeds")
public record FeedsProperties(
        @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("PT30S") Duration tick,
        @DefaultValue("PT20S") Duration initialDelay,
        @DefaultValue("PT1M") Duration minInterval,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT20S") Duration readTimeout,
        @DefaultValue("5MB") DataSize maxFeedSize,
        @DefaultValue("256KB") DataSize maxItemSize,
        @DefaultValue("500") int maxItemsPerPoll,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("ConflictLedger/0.1 (news feed poller; RSS/Atom)") String userAgent,
        List<String> allowedNetworks,
        @DefaultValue AutoAccept autoAccept) {

    public FeedsProperties {
        allowedNetworks = allowedNetworks == null ? List.of()
                : allowedNetworks.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    }

    /**
     * @param enabled off by default: a person reviews every candidate
     * @param threshold candidates at or above this confidence are accepted without review when enabled
     */
    public record AutoAccept(@DefaultValue("false") boolean enabled, @DefaultValue("0.9") double threshold) {
    }
}
