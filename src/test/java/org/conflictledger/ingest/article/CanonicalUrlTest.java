package org.conflictledger.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void lowercasesTheHostAndDropsFragmentsDefaultPortsAndTrackingParameters() {
        assertThat(CanonicalUrl.of("HTTPS://News.Example.ORG:443/World/Story-1?utm_source=rss&id=7&fbclid=x#comments"))
                .isEqualTo("https://news.example.org/World/Story-1?id=7");
        assertThat(CanonicalUrl.of("https://www.bbc.co.uk/news/world-europe-1?at_medium=RSS&at_campaign=KARANGA"))
                .isEqualTo("https://www.bbc.co.uk/news/world-europe-1");
        assertThat(CanonicalUrl.of("http://example.org")).isEqualTo("http://example.org/");
        assertThat(CanonicalUrl.of("http://example.org:8080/a")).isEqualTo("http://example.org:8080/a");
    }

    @Test
    void dropsOnlyTheSchemesOwnDefaultPortAndTheHostsTrailingDot() {
        assertThat(CanonicalUrl.of("http://example.org:80/a")).isEqualTo("http://example.org/a");
        assertThat(CanonicalUrl.of("http://example.org:443/a")).isEqualTo("http://example.org:443/a");
        assertThat(CanonicalUrl.of("https://example.org:80/a")).isEqualTo("https://example.org:80/a");
        assertThat(CanonicalUrl.of("https://example.org.:443/a")).isEqualTo("https://example.org/a");
    }

    @Test
    void isNullForWhatIsNotAnHttpUrl() {
        assertThat(CanonicalUrl.of("urn:uuid:1234")).isNull();
        assertThat(CanonicalUrl.of("tag:example.org,2024:1")).isNull();
        assertThat(CanonicalUrl.of(null)).isNull();
        assertThat(CanonicalUrl.of("https://example.org/a|b")).isNull();
        assertThat(CanonicalUrl.of("ftp://example.org/a")).isNull();
    }
}
