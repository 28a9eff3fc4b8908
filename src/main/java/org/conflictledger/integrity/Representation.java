package org.conflictledger.integrity;

/**
 * A resource as a GET answers it: its JSON bytes and the entity tag made from them. Two reads give the
 * same tag exactly when they give the same bytes.
 */
public record Representation(byte[] body, String etag) {

    public static Representation of(byte[] body) {
        return new Representation(body, EntityTags.of(body));
    }
}
