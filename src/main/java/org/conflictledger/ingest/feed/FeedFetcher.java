package org.conflictledger.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.conflictledger.ingest.FeedsProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fetches a feed document: conditional GET (ETag / Last-Modified), connect and overall timeouts, a
 * size limit enforced while reading, redirects followed by hand (at most {@code maxRedirects}) and a
 * clear User-Agent. The connection goes to the very addresses the {@link AddressPolicy} checked: the
 * client's own DNS resolver checks what it resolved before it connects, at every hop, so a host whose
 * DNS answer changes between a check and the connection (DNS rebinding) cannot reach a private address.
 * TLS host-name verification and SNI still use the URL's host name.
 */
@Component
class FeedFetcher implements DisposableBean {

    private static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    private final FeedsProperties properties;
    private final AddressPolicy policy;
    private final CloseableHttpClient client;

    @Autowired
    FeedFetcher(FeedsProperties properties, AddressPolicy policy) {
        this(properties, policy, SystemDefaultDnsResolver.INSTANCE);
    }

    /** @param dns where host names are looked up (tests answer what they need) */
    FeedFetcher(FeedsProperties properties, AddressPolicy policy, DnsResolver dns) {
        this.properties = properties;
        this.policy = policy;
        Timeout read = Timeout.of(properties.readTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(dns, policy))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(read)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(properties.userAgent())
                .build();
    }

    /** What a fetch brought: a document, or "not modified" (304). */
    sealed interface Result {
    }

    record NotModified() implements Result {
    }

    record Document(byte[] body, String etag, String lastModified, URI finalUrl) implements Result {
    }

    /** A fetch that failed, with a message fit for the feed's status. */
    static class FetchException extends RuntimeException {

        FetchException(String message) {
            super(message);
        }
    }

    Result fetch(String url, String etag, String lastModified) {
        URI target = policy.checkForm(url);
        long deadline = System.nanoTime() + properties.readTimeout().toNanos();
        for (int hop = 0; ; hop++) {
            HttpGet request = new HttpGet(target);
            request.setHeader("Accept", ACCEPT);
            if (etag != null) {
                request.setHeader("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.setHeader("If-Modified-Since", lastModified);
            }
            Answer answer = send(request, deadline);
            int status = answer.status();
            if (status == 304) {
                return new NotModified();
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (hop >= properties.maxRedirects()) {
                    throw new FetchException("more than " + properties.maxRedirects() + " redirects");
                }
                if (answer.location() == null) {
                    throw new FetchException("redirect " + status + " without a Location");
                }
                try {
                    target = policy.checkForm(target.resolve(answer.location().trim()).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchException("redirect to an invalid URL");
                }
                continue;
            }
            if (status < 200 || status > 299) {
                throw new FetchException("HTTP " + status + " from " + target.getHost());
            }
            return new Document(answer.body(), answer.etag(), answer.lastModified(), target);
        }
    }

    /** One response, read within the limits. */
    private record Answer(int status, String location, String etag, String lastModified, byte[] body) {
    }

    private Answer send(HttpGet request, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut();
        }
        // the overall deadline: a server that answers slowly, byte by byte, is cut off when it passes
        Executor atDeadline = CompletableFuture.delayedExecutor(remaining, TimeUnit.NANOSECONDS);
        CompletableFuture<Void> cutOff = CompletableFuture.runAsync(request::cancel, atDeadline);
        try {
            return client.execute(request, this::read);
        } catch (AddressPolicy.RefusedUrlException | FetchException e) {
            throw e;
        } catch (IOException e) {
            if (request.isCancelled() || e instanceof InterruptedIOException) {
                throw timedOut();
            }
            if (e instanceof ConnectException) {
                throw new FetchException("connection refused by " + request.getAuthority().getHostName());
            }
            if (e instanceof UnknownHostException) {
                throw new AddressPolicy.UnresolvedHostException(request.getAuthority().getHostName());
            }
            throw new FetchException("I/O error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        } finally {
            cutOff.cancel(false);
        }
    }

    private Answer read(ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        byte[] body = status >= 200 && status <= 299 ? limited(response.getEntity()) : null;
        return new Answer(status, value(response.getFirstHeader("Location")), value(response.getFirstHeader("ETag")),
                value(response.getFirstHeader("Last-Modified")), body);
    }

    /** The body, giving up as soon as it passes the size limit (at once when its declared length does). */
    private byte[] limited(HttpEntity entity) throws IOException {
        long limit = properties.maxFeedSize().toBytes();
        if (entity == null) {
            return new byte[0];
        }
        if (entity.getContentLength() > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try (InputStream in = entity.getContent()) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                if (out.size() + (long) n > limit) {
                    throw tooLarge(limit);
                }
                out.write(chunk, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    private FetchException timedOut() {
        return new FetchException("timed out after " + properties.readTimeout().toSeconds() + " s");
    }

    private static FetchException tooLarge(long limit) {
        return new FetchException("the document is larger than " + limit + " bytes");
    }

    @Override
    public void destroy() throws IOException {
        client.close();
    }

    /** Looks a host up and lets the connection use the answer only when the policy allows every address. */
    private record CheckedResolver(DnsResolver dns, AddressPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return policy.checked(host, dns.resolve(host));
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return dns.resolveCanonicalHostname(host);
        }
    }
}
