package org.conflictledger.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of an article URL used to recognise the same article: lower-case scheme and host, no
 * default port, no fragment, and no tracking parameters ({@code utm_*}, {@code fbclid}, …).
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "ocid", "cmpid", "smid", "smtyp", "ref", "ref_src", "ref_url", "src", "igshid", "yclid", "_ga", "xtor",
            "ito", "partner", "cid", "campaign_id", "rss", "feed", "s_cid", "mbid", "guccounter");

    private CanonicalUrl() {
    }

    /** The canonical form, or null when the text is not an absolute http(s) URL. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.trim().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            List<String> kept = new ArrayList<>();
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (name.startsWith("utm_") || name.startsWith("at_") || name.startsWith("__") || TRACKING.contains(name)) {
                    continue;
                }
                kept.add(pair);
            }
            if (!kept.isEmpty()) {
                out.append('?').append(String.join("&", kept));
            }
        }
        return out.toString();
    }
}
