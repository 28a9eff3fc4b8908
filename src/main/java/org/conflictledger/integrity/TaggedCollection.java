package org.conflictledger.integrity;

import java.util.Optional;

/**
 * A collection under {@code /api/v1/{name}} whose items answer an ETag and honour If-Match: on the item
 * itself and on every write below it (claims, transitions, positions, allegations, actions), which
 * is checked against the item's tag. Each feature declares its own as a bean.
 */
public interface TaggedCollection {

    /** The path segment after {@code /api/v1/}: {@code strikes}. */
    String name();

    /** The item key a path segment names, or null when it cannot name one (the controller answers). */
    Object key(String segment);

    /**
     * Locks the item's row until the transaction ends; false when there is no such item. Called in a
     * transaction before the tag is compared, so no one changes the item between comparison and write.
     */
    boolean lock(Object key);

    /**
     * Whether a write to {@code path} (the item or below it) runs in a request transaction; a collection
     * says no for actions that must commit their own steps (a feed poll fetches over the network).
     */
    default boolean transactional(String method, String path) {
        return true;
    }

    /** The item as {@code GET /api/v1/{name}/{key}} answers it now, or empty when it does not exist. */
    Optional<Representation> current(Object key);
}
