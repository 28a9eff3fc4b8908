package org.conflictledger.integrity;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictledger.common.ApiException;
import org.conflictledger.common.BodySizeLimitFilter;
import org.conflictledger.common.ProblemResponses;
import org.conflictledger.security.Actors;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Idempotency keys on POST (Stripe's model). The first request with a key runs inside one transaction
 * together with the row that stores its outcome, so either both commit or neither: a retry after a
 * timeout or an outage never runs a committed write twice. The same key with the same method, path
 * and body replays the stored status, body, Location and ETag with {@code Idempotent-Replayed: true};
 * with anything else it is a 422. A concurrent request with the same key waits for the first one
 * and then gets its replay. Keys belong to the API key's name, so two clients cannot collide, and
 * expire after {@code ledger.idempotency.ttl}. Only successful (2xx) outcomes are stored: a refused
 * request changed nothing and runs again on retry.
 */
@Component
@Order(IdempotencyFilter.ORDER)
class IdempotencyFilter extends OncePerRequestFilter {

    /** After Spring Security (-100) and the rate limit, so the caller is known and allowed. */
    static final int ORDER = 0;
    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final RequestTransaction transaction;
    private final JdbcClient jdbc;
    private final ProblemResponses problems;
    private final IntegrityProperties.Idempotency properties;
    private final Clock clock;

    IdempotencyFilter(RequestTransaction transaction, JdbcClient jdbc, ProblemResponses problems,
            IntegrityProperties.Idempotency properties, Clock clock) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.problems = problems;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !IdempotencyRules.applies(request.getMethod(), request.getRequestURI(), request.getHeader(HEADER),
                properties.selfHandledPaths());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (!IdempotencyRules.validKey(key)) {
            problems.write(response, HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    HEADER + ": must be 1 to 255 visible ASCII characters (a UUID is a good choice).",
                    Map.of("errors", java.util.List.of(Map.of("field", HEADER,
                            "message", "must be 1 to 255 visible ASCII characters"))));
            return;
        }
        byte[] body;
        try {
            body = StreamUtils.copyToByteArray(request.getInputStream());
        } catch (BodySizeLimitFilter.BodyTooLargeException e) {
            response.setHeader("Connection", "close");
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Body too large",
                    "The request body is larger than this endpoint's limit of " + e.limit() + " bytes.",
                    Map.of("limit", e.limit()));
            return;
        }
        String path = IdempotencyRules.path(request.getRequestURI(), request.getQueryString());
        String hash = IdempotencyRules.hash(request.getMethod(), path, body);
        String scope = Actors.current();
        transaction.run(response, (status, buffered) -> {
            if (!claim(scope, key, hash, request.getMethod(), path)) {
                replay(scope, key, hash, buffered);
                return;
            }
            chain.doFilter(new CachedBodyRequest(request, body), buffered);
            int code = buffered.getStatus();
            if (IdempotencyRules.kept(code)) {
                jdbc.sql("update idempotency_key set status = :status, content_type = :type, location = :location,"
                                + " etag = :etag, body = :body where scope = :scope and key = :key")
                        .param("status", code).param("type", buffered.getContentType())
                        .param("location", buffered.getHeader(HttpHeaders.LOCATION))
                        .param("etag", buffered.getHeader(HttpHeaders.ETAG))
                        .param("body", buffered.getContentAsByteArray())
                        .param("scope", scope).param("key", key)
                        .update();
            }
        });
    }

    /**
     * Inserts the key's row; false when the key is already taken. An expired row is dropped first. A
     * concurrent first request with the same key holds the row lock: this waits for its outcome.
     */
    private boolean claim(String scope, String key, String hash, String method, String path) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("delete from idempotency_key where scope = ? and key = ? and expires_at <= ?")
                .params(scope, key, now).update();
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            // now and then, forget a batch of expired keys of every client
            jdbc.sql("delete from idempotency_key where ctid in (select ctid from idempotency_key"
                    + " where expires_at <= ? limit 1000)").param(now).update();
        }
        try {
            return jdbc.sql("insert into idempotency_key (scope, key, request_hash, method, path, created_at, expires_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(scope, key, hash, method, truncate(path, 2048), now,
                            Timestamp.from(clock.instant().plus(properties.ttl())))
                    .update() == 1;
        } catch (DataAccessException e) {
            if (RequestTransaction.hasSqlState(e, "57014") || RequestTransaction.hasSqlState(e, "55P03")) {
                throw inProgress(key);
            }
            throw e;
        }
    }

    private void replay(String scope, String key, String hash, ContentCachingResponseWrapper response)
            throws IOException {
        Optional<Stored> stored = jdbc.sql("select request_hash, status, content_type, location, etag, body"
                        + " from idempotency_key where scope = ? and key = ?")
                .params(scope, key)
                .query((rs, n) -> new Stored(rs.getString("request_hash"), (Integer) rs.getObject("status"),
                        rs.getString("content_type"), rs.getString("location"), rs.getString("etag"),
                        rs.getBytes("body")))
                .optional();
        IdempotencyRules.Repeat repeat = stored.map(s -> IdempotencyRules.repeat(s.hash(), s.status(), hash))
                .orElse(IdempotencyRules.Repeat.IN_PROGRESS);
        if (repeat == IdempotencyRules.Repeat.IN_PROGRESS) {
            throw inProgress(key);
        }
        Stored s = stored.get();
        if (repeat == IdempotencyRules.Repeat.REUSED) {
            problems.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency key reused", "This " + HEADER + " was used with another request (method, path or"
                            + " body differ); use a new key for a new request.",
                    Map.of("idempotencyKey", key));
            return;
        }
        response.setStatus(s.status());
        if (s.contentType() != null) {
            response.setContentType(s.contentType());
        }
        if (s.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, s.location());
        }
        if (s.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, s.etag());
        }
        response.setHeader(REPLAYED, "true");
        if (s.body() != null) {
            response.getOutputStream().write(s.body());
        }
    }

    private static ApiException inProgress(String key) {
        return ApiException.conflict("idempotency-key-in-progress", "A request with this " + HEADER
                + " is still being processed; retry in a moment to get its outcome.").with("idempotencyKey", key);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private record Stored(String hash, Integer status, String contentType, String location, String etag, byte[] body) {
    }

    /** The request with its body already read, so the controller reads the same bytes again. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
