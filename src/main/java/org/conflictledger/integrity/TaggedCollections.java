package org.conflictledger.integrity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The tagged collections, and which item of which one a request path speaks about. */
@Component
public class TaggedCollections {

    private static final String PREFIX = "/api/v1/";

    private final Map<String, TaggedCollection> byName;

    TaggedCollections(List<TaggedCollection> collections) {
        this.byName = collections.stream().collect(Collectors.toUnmodifiableMap(TaggedCollection::name,
                Function.identity()));
    }

    /** An item a path names: the collection, the key and whether the path is the item itself. */
    record Item(TaggedCollection collection, Object key, boolean itself) {
    }

    /** The item {@code /api/v1/{name}/{key}[/...]} names, or null. */
    Item item(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        int nameEnd = path.indexOf('/', PREFIX.length());
        if (nameEnd < 0) {
            return null;
        }
        TaggedCollection collection = byName.get(path.substring(PREFIX.length(), nameEnd));
        if (collection == null) {
            return null;
        }
        int keyEnd = path.indexOf('/', nameEnd + 1);
        String segment = path.substring(nameEnd + 1, keyEnd < 0 ? path.length() : keyEnd);
        Object key = segment.isEmpty() ? null : collection.key(segment);
        return key == null ? null : new Item(collection, key, keyEnd < 0 || keyEnd == path.length() - 1);
    }

    /**
     * Whether a write to an operation's path template ({@code /api/v1/strikes/{id}/claims}) is checked
     * against an item's tag: true when the template names an item of a tagged collection, the item itself
     * or anything below it. What {@code ConditionalRequestFilter} does with such a write: If-Match is
     * compared (412) on every method, and required (428) on all but POST when the service asks for it.
     */
    public boolean conditional(String template) {
        if (!template.startsWith(PREFIX)) {
            return false;
        }
        String[] segments = template.substring(PREFIX.length()).split("/", 3);
        return segments.length >= 2 && byName.containsKey(segments[0]) && segments[1].startsWith("{");
    }

    /** The collection {@code /api/v1/{name}} names (a create), or null. */
    TaggedCollection collection(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String rest = path.substring(PREFIX.length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest.indexOf('/') >= 0 ? null : byName.get(rest);
    }
}
