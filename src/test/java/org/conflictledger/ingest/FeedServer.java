package org.conflictledger.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A feed server on the loopback address for tests: serves documents by path, counts requests,
 * remembers their headers, and can answer 304 to a matching ETag, redirect, or hang.
 */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

    private sealed interface Route {
    }

    private record Body(String contentType, byte[] body, String etag) implements Route {
    }

    private record Redirect(String location) implements Route {
    }

    private record Hang(long millis) implements Route {
    }

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL of a path on this server, e.g. {@code url("/rss.xml")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public FeedServer serve(String path, String contentType, String body) {
        routes.put(path, new Body(contentType, body.getBytes(StandardCharsets.UTF_8), null));
        return this;
    }

    public FeedServer serve(String path, String contentType, byte[] body) {
        routes.put(path, new Body(contentType, body, null));
        return this;
    }

    /** Serves the body with an ETag, and 304 to a request that presents it. */
    public FeedServer serveWithEtag(String path, String body, String etag) {
        routes.put(path, new Body("application/rss+xml", body.getBytes(StandardCharsets.UTF_8), etag));
        return this;
    }

    public FeedServer redirect(String path, String location) {
        routes.put(path, new Redirect(location));
        return this;
    }

    /** Accepts the request and answers nothing for this long. */
    public FeedServer hang(String path, long millis) {
        routes.put(path, new Hang(millis));
        return this;
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** The headers of every request so far (lower-case names), with the path under {@code :path}. */
    public List<Map<String, String>> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Map<String, String> headers = new ConcurrentHashMap<>();
        headers.put(":path", path);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        requests.add(headers);
        Route route = routes.get(path);
        try (exchange) {
            if (route == null) {
                exchange.sendResponseHeaders(404, -1);
            } else if (route instanceof Redirect redirect) {
                exchange.getResponseHeaders().add("Location", redirect.location());
                exchange.sendResponseHeaders(302, -1);
            } else if (route instanceof Hang hang) {
                try {
                    Thread.sleep(hang.millis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(200, -1);
            } else if (route instanceof Body body) {
                if (body.etag() != null && body.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", body.contentType());
                if (body.etag() != null) {
                    exchange.getResponseHeaders().add("ETag", body.etag());
                }
                exchange.sendResponseHeaders(200, body.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
