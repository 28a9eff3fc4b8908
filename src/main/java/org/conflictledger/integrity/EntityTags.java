package org.conflictledger.integrity;

/** Entity tags made from row versions: {@code "3"}. */
final class EntityTags {

    private EntityTags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Whether an If-Match / If-None-Match header value names this version: {@code *}, or one of a
     * comma-separated list of tags (a weak {@code W/} prefix is tolerated, clients add it behind proxies).
     */
    static boolean matches(String header, long version) {
        if (header == null) {
            return false;
        }
        String wanted = Long.toString(version);
        for (String part : header.split(",")) {
            String tag = part.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
