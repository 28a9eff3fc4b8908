package org.conflictledger.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Entity tags that identify a representation: a digest of the JSON bytes a GET answers (SHA-256, first
 * 128 bits, base64url), so a tag changes exactly when anything the client sees changes.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The strong tag of these bytes, quoted: {@code "q3VHcJ0s3Lz5tV1pX8QbCw"}. */
    public static String of(byte[] representation) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(representation);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + "\"";
    }

    /**
     * Whether an If-Match / If-None-Match header value names this tag: {@code *}, or one of a
     * comma-separated list of tags (a weak {@code W/} prefix is tolerated, proxies add it).
     */
    public static boolean matches(String header, String tag) {
        if (header == null || tag == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String candidate = part.trim();
            if (candidate.equals("*")) {
                return true;
            }
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
