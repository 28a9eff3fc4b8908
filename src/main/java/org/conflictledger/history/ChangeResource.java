package org.conflictledger.history;

import java.util.Arrays;
import java.util.Optional;

/** The resources whose changes are recorded, with the name the change log and the feed use. */
public enum ChangeResource {
    STRIKE("strike", "strikes"),
    CEASEFIRE("ceasefire", "ceasefires"),
    NEGOTIATION("negotiation", "negotiations");

    private final String key;
    private final String collection;

    ChangeResource(String key, String collection) {
        this.key = key;
        this.collection = collection;
    }

    /** The name in the change log and the feed ({@code strike}, {@code ceasefire}, {@code negotiation}). */
    public String key() {
        return key;
    }

    /** The path segment of the collection under {@code /api/v1}. */
    public String collection() {
        return collection;
    }

    public static Optional<ChangeResource> ofKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }

    public static Optional<ChangeResource> ofCollection(String collection) {
        return Arrays.stream(values()).filter(r -> r.collection.equals(collection)).findFirst();
    }
}
