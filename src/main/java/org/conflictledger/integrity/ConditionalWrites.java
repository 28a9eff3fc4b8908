package org.conflictledger.integrity;

import java.util.regex.Pattern;

/**
 * Which writes take part in conditional requests (If-Match, 412, 428): PUT, PATCH and DELETE of a
 * resource under {@code /api/v1/{collection}/{id}} or of anything inside it.
 */
public final class ConditionalWrites {

    static final Pattern ITEM = Pattern.compile(
            "^/api/v1/(strikes|ceasefires|negotiations|tracks|sources|parties)/([^/]+)(/.*)?$");

    private ConditionalWrites() {
    }

    public static boolean covers(String method, String path) {
        return (method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE")) && ITEM.matcher(path).matches();
    }
}
