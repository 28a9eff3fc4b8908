package org.conflictledger.ingest.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.ingest.FeedsProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Feeds: registration (with the SSRF check), changes, status, and polling one now. */
@Service
public class FeedService {

    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    static final Duration LONGEST_INTERVAL = Duration.ofDays(7);

    private final FeedRepository feeds;
    private final AddressPolicy policy;
    private final FeedPoller poller;
    private final FeedsProperties properties;
    private final Clock clock;

    FeedService(FeedRepository feeds, AddressPolicy policy, FeedPoller poller, FeedsProperties properties,
            Clock clock) {
        this.feeds = feeds;
        this.policy = policy;
        this.poller = poller;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public FeedView register(FeedRequest request) {
        Checked checked = check(request);
        if (feeds.existsByUrl(checked.url())) {
            throw ApiException.conflict("duplicate", "A feed with this url is already registered.");
        }
        Feed feed = new Feed(checked.name(), checked.url(), checked.publisher(), checked.interval(),
                request.enabled() == null || request.enabled(), clock.instant());
        try {
            return feeds.saveAndFlush(feed).view();
        } catch (DataIntegrityViolationException e) {
            throw ApiException.conflict("duplicate", "A feed with this url is already registered.");
        }
    }

    @Transactional(readOnly = true)
    public FeedView get(long id) {
        return find(id).view();
    }

    @Transactional(readOnly = true)
    public PageResponse<FeedView> list(Boolean enabled, PageQuery page) {
        var request = org.springframework.data.domain.PageRequest.of(page.page(), page.size(),
                org.springframework.data.domain.Sort.by("id"));
        var found = enabled == null ? feeds.findAll(request) : feeds.findByEnabled(enabled, request);
        return new PageResponse<>(found.map(Feed::view).getContent(), page.page(), page.size(),
                found.getTotalElements());
    }

    @Transactional
    public FeedView update(long id, FeedRequest request) {
        Feed feed = find(id);
        Checked checked = check(request);
        if (feeds.existsByUrlAndIdNot(checked.url(), id)) {
            throw ApiException.conflict("duplicate", "Another feed has this url.");
        }
        feed.describe(checked.name(), checked.url(), checked.publisher(), checked.interval(),
                request.enabled() == null || request.enabled(), clock.instant());
        return feeds.saveAndFlush(feed).view();
    }

    @Transactional
    public FeedView setEnabled(long id, boolean enabled) {
        Feed feed = find(id);
        feed.setEnabled(enabled, clock.instant());
        return feeds.saveAndFlush(feed).view();
    }

    /** Deletes the feed; its articles stay (without a feed). */
    @Transactional
    public void delete(long id) {
        feeds.delete(find(id));
        feeds.flush();
    }

    /**
     * Polls the feed now (enabled or not) and answers what the poll did; a failing feed is a 200
     * with outcome FAILED and the error, as it is also recorded in the feed's status.
     */
    public PollReport pollNow(long id) {
        if (!feeds.existsById(id)) {
            throw ApiException.notFound("feed", id);
        }
        PollReport report = poller.pollNow(id);
        FeedView now = feeds.findById(id).map(Feed::view).orElse(null);
        return new PollReport(report.feedId(), report.outcome(), report.itemsSeen(), report.itemsNew(),
                report.error(), now);
    }

    private record Checked(String name, String url, String publisher, Duration interval) {
    }

    private Checked check(FeedRequest request) {
        String url = request.url().trim();
        URI uri;
        try {
            uri = policy.checkForm(url);
            policy.checkAtRegistration(uri);
        } catch (AddressPolicy.RefusedUrlException e) {
            throw ApiException.invalid(List.of(new org.conflictledger.common.FieldProblem("url", e.getMessage(),
                    url.length() > 200 ? url.substring(0, 200) : url, null)));
        }
        Duration interval = request.pollInterval() == null ? DEFAULT_INTERVAL : request.pollInterval();
        if (interval.compareTo(properties.minInterval()) < 0 || interval.compareTo(LONGEST_INTERVAL) > 0) {
            throw ApiException.invalid("pollInterval", "must be between " + properties.minInterval() + " and "
                    + LONGEST_INTERVAL + " (ISO-8601, e.g. PT10M)");
        }
        String name = request.name().trim();
        String publisher = request.publisher() == null || request.publisher().isBlank() ? name
                : request.publisher().trim();
        return new Checked(name, uri.toString(), publisher, interval);
    }

    private Feed find(long id) {
        return feeds.findById(id).orElseThrow(() -> ApiException.notFound("feed", id));
    }

}
