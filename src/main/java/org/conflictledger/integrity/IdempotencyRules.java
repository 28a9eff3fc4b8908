package org.conflictledger.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The decisions of {@link IdempotencyFilter}, apart from the servlet and the database so that unit
 * tests (and the mutation run) reach them: which requests take a key, which keys are valid, what a
 * request is compared by, which outcomes are kept, and what a repeated key answers.
 */
final class IdempotencyRules {

    static final int MAX_KEY_LENGTH = 255;

    /** What a request whose key is already taken gets. */
    enum Repeat {
        /** The first request has not finished (or its row is gone): 409, retry later. */
        IN_PROGRESS,
        /** The key came with another method, path or body: 422. */
        REUSED,
        /** The same request: the stored outcome, with {@code Idempotent-Replayed: true}. */
        REPLAY
    }

    private IdempotencyRules() {
    }

    /** Keys are honoured on POSTs under {@code /api/}, except where an endpoint handles them itself. */
    static boolean applies(String method, String uri, String key, List<String> selfHandledPaths) {
        return "POST".equals(method) && key != null && uri.startsWith("/api/")
                && selfHandledPaths.stream().noneMatch(uri::startsWith);
    }

    /** 1 to 255 visible ASCII characters, once trimmed. */
    static boolean validKey(String trimmed) {
        return !trimmed.isEmpty() && trimmed.length() <= MAX_KEY_LENGTH
                && trimmed.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }

    /** The path a key is bound to: the URI with its query, if any. */
    static String path(String uri, String query) {
        return query == null ? uri : uri + "?" + query;
    }

    /** What two requests with one key are compared by: method, path and body. */
    static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only successful outcomes are kept: a refused request changed nothing and runs again on retry. */
    static boolean kept(int status) {
        return status >= 200 && status < 300;
    }

    /**
     * A repeated key: the stored request's hash and status (null while the first request runs, both
     * null when its row is gone) against this request's hash.
     */
    static Repeat repeat(String storedHash, Integer storedStatus, String hash) {
        if (storedHash == null || storedStatus == null) {
            return Repeat.IN_PROGRESS;
        }
        return storedHash.equals(hash) ? Repeat.REPLAY : Repeat.REUSED;
    }
}
