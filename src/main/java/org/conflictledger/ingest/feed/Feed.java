package org.conflictledger.ingest.feed;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A feed as an administrator describes it. Its poll status is written by the poller in SQL (it is
 * server-owned and changes under concurrent polls); {@code @DynamicUpdate} keeps an edit of the
 * description from writing back a stale status.
 */
@Entity
@Table(name = "feed")
@DynamicUpdate
class Feed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    private String url;

    private String publisher;

    @Column(name = "poll_interval_sec")
    private int pollIntervalSeconds;

    private boolean enabled;

    @Column(name = "next_poll_at")
    private Instant nextPollAt;

    @Column(name = "etag")
    private String etag;

    @Column(name = "last_modified")
    private String lastModified;

    @Column(name = "last_poll_at")
    private Instant lastPollAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "last_items_seen")
    private int lastItemsSeen;

    @Column(name = "last_items_new")
    private int lastItemsNew;

    @Column(name = "items_seen")
    private long itemsSeen;

    @Column(name = "items_new")
    private long itemsNew;

    private long polls;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Feed() {
    }

    /** A new feed is due at once: the next tick polls it. */
    Feed(String name, String url, String publisher, Duration interval, boolean enabled, Instant now) {
        this.createdAt = now;
        this.nextPollAt = now;
        describe(name, url, publisher, interval, enabled, now);
    }

    void describe(String name, String url, String publisher, Duration interval, boolean enabled, Instant now) {
        if (this.url != null && !this.url.equals(url)) {
            // another document: what the old one said about caching does not apply
            this.etag = null;
            this.lastModified = null;
            this.nextPollAt = now;
        }
        this.name = name;
        this.url = url;
        this.publisher = publisher;
        this.pollIntervalSeconds = Math.toIntExact(interval.toSeconds());
        setEnabled(enabled, now);
        this.updatedAt = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        if (enabled && !this.enabled && nextPollAt.isAfter(now)) {
            this.nextPollAt = now;
        }
        this.enabled = enabled;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    String url() {
        return url;
    }

    FeedView view() {
        return new FeedView(id, version, name, url, publisher, Duration.ofSeconds(pollIntervalSeconds), enabled,
                new FeedView.Status(lastPollAt, lastSuccessAt, lastError, lastErrorAt, itemsSeen, itemsNew,
                        lastItemsSeen, lastItemsNew, polls, enabled ? nextPollAt : null),
                createdAt, updatedAt);
    }
}
