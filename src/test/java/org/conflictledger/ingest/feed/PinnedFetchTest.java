package org.conflictledger.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.hc.client5.http.DnsResolver;
import org.conflictledger.ingest.FeedsProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * A fetch connects to the addresses the SSRF policy checked, not to a second DNS answer: a host that
 * resolves to a public address when asked first and to loopback afterwards (DNS rebinding) never
 * reaches the loopback server. The positive control shows the same server does receive requests when
 * the fetch is allowed to reach it.
 */
class PinnedFetchTest {

    private static final String RSS = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

    private HttpServer server;
    private final AtomicInteger received = new AtomicInteger();

    @BeforeEach
    void startLoopbackServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.incrementAndGet();
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static FeedsProperties properties(List<String> allowed) {
        return new FeedsProperties(true, null, null, null, Duration.ofSeconds(1), Duration.ofSeconds(3),
                DataSize.ofMegabytes(1), DataSize.ofKilobytes(64), 500, 5, "test", allowed,
                new FeedsProperties.AutoAccept(false, 0.9));
    }

    private FeedFetcher fetcher(List<String> allowed, DnsResolver dns) {
        FeedsProperties properties = properties(allowed);
        return new FeedFetcher(properties, new AddressPolicy(properties), dns);
    }

    private String url() {
        return "http://feed.test:" + server.getAddress().getPort() + "/feed.xml";
    }

    /** Answers a public address on the first look-up and loopback on every later one. */
    private static final class Rebinding implements DnsResolver {

        final AtomicInteger lookups = new AtomicInteger();

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            byte[] address = lookups.getAndIncrement() == 0 ? new byte[] {93, (byte) 184, (byte) 215, 14}
                    : new byte[] {127, 0, 0, 1};
            return new InetAddress[] {InetAddress.getByAddress(host, address)};
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    @Test
    void aHostRebindingToLoopbackAfterTheCheckNeverReachesTheLoopbackServer() throws Exception {
        Rebinding dns = new Rebinding();
        FeedFetcher fetcher = fetcher(List.of(), dns);
        // the checked (public) address is the one connected to; this machine reaches no public host, so
        // the fetch fails, but whatever happens it must not be the loopback server that answers
        assertThatThrownBy(() -> fetcher.fetch(url(), null, null)).isInstanceOf(FeedFetcher.FetchException.class);
        assertThat(received).as("requests the loopback server received").hasValue(0);
        assertThat(dns.lookups).as("the host is looked up once, for the check and the connection alike").hasValue(1);
        fetcher.destroy();
    }

    @Test
    void aHostResolvingToLoopbackIsRefusedBeforeAnyConnection() throws Exception {
        DnsResolver loopback = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        FeedFetcher fetcher = fetcher(List.of(), loopback);
        assertThatThrownBy(() -> fetcher.fetch(url(), null, null)).isInstanceOf(AddressPolicy.RefusedUrlException.class)
                .hasMessageContaining("non-public address (127.0.0.1)");
        assertThat(received).hasValue(0);

        // control: the same look-up, with loopback allowed by configuration, does reach the server
        FeedFetcher allowed = fetcher(List.of("127.0.0.1/32"), loopback);
        FeedFetcher.Result result = allowed.fetch(url(), null, null);
        assertThat(result).isInstanceOf(FeedFetcher.Document.class);
        assertThat(new String(((FeedFetcher.Document) result).body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
        assertThat(received).hasValue(1);
        fetcher.destroy();
        allowed.destroy();
    }
}
