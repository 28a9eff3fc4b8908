package org.conflictledger.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.conflictledger.ingest.FeedsProperties;
import org.springframework.stereotype.Component;

/**
 * Fetches a feed document: conditional GET (ETag / Last-Modified), connect and overall timeouts, a
 * size limit enforced while reading, redirects followed by hand (at most {@code maxRedirects}, each
 * target checked by the {@link AddressPolicy} again) and a clear User-Agent.
 */
@Component
class FeedFetcher {

    private final FeedsProperties properties;
    private final AddressPolicy policy;
    private final HttpClient client;

    FeedFetcher(FeedsProperties properties, AddressPolicy policy) {
        this.properties = properties;
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
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
            policy.checkResolved(target);
            HttpRequest.Builder request = HttpRequest.newBuilder(target).GET()
                    .timeout(properties.readTimeout())
                    .header("User-Agent", properties.userAgent())
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
            HttpResponse<byte[]> response = send(request.build(), deadline);
            int status = response.statusCode();
            if (status == 304) {
                return new NotModified();
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (hop >= properties.maxRedirects()) {
                    throw new FetchException("more than " + properties.maxRedirects() + " redirects");
                }
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException("redirect " + status + " without a Location"));
                try {
                    target = policy.checkForm(target.resolve(location.trim()).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchException("redirect to an invalid URL");
                }
                continue;
            }
            if (status < 200 || status > 299) {
                throw new FetchException("HTTP " + status + " from " + target.getHost());
            }
            HttpHeaders headers = response.headers();
            return new Document(response.body(), headers.firstValue("ETag").orElse(null),
                    headers.firstValue("Last-Modified").orElse(null), target);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchException("timed out after " + properties.readTimeout().toSeconds() + " s");
        }
        long limit = properties.maxFeedSize().toBytes();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limit) {
                return new LimitedBody(limit, true);
            }
            return new LimitedBody(limit, false);
        });
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException("timed out after " + properties.readTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLargeException) {
                throw new FetchException("the document is larger than " + limit + " bytes");
            }
            if (cause instanceof HttpTimeoutException) {
                throw new FetchException("timed out after " + properties.readTimeout().toSeconds() + " s");
            }
            if (cause instanceof java.net.ConnectException) {
                throw new FetchException("connection refused by " + request.uri().getHost());
            }
            if (cause instanceof IOException io) {
                throw new FetchException("I/O error: " + (io.getMessage() == null ? io.getClass().getSimpleName()
                        : io.getMessage()));
            }
            throw new FetchException("fetch failed: " + cause.getClass().getSimpleName());
        }
    }

    private static final class TooLargeException extends IOException {

        TooLargeException() {
            super("document too large");
        }
    }

    /** Collects the body, giving up (and cancelling the transfer) as soon as it passes the limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long limit;
        private final boolean refuseAtOnce;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(long limit, boolean refuseAtOnce) {
            this.limit = limit;
            this.refuseAtOnce = refuseAtOnce;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (refuseAtOnce) {
                subscription.cancel();
                result.completeExceptionally(new TooLargeException());
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int n = buffer.remaining();
                if (out.size() + (long) n > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeException());
                    return;
                }
                byte[] bytes = new byte[n];
                buffer.get(bytes);
                out.write(bytes, 0, n);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
