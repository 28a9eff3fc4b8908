package org.conflictledger.dashboard;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Options of the dashboard page. By default the map draws its own outlines and loads nothing from
 * elsewhere; {@code tileUrl} (an https Leaflet URL template such as
 * {@code https://tile.example.org/{z}/{x}/{y}.png}) adds a tile layer from that server, which the
 * page's Content-Security-Policy then allows for images, with {@code tileAttribution} shown on the map.
 */
@ConfigurationProperties("ledger.dashboard")
public record DashboardProperties(String tileUrl, String tileAttribution) {

    public DashboardProperties {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.trim();
        if (tileUrl != null) {
            URI uri = URI.create(tileUrl.replace("{", "").replace("}", ""));
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("ledger.dashboard.tile-url must be an http(s) URL template");
            }
        }
        tileAttribution = tileAttribution == null ? "" : tileAttribution.trim();
    }

    /**
     * The tile server's origin for the page's CSP ({@code https://{s}.tile.example.org/...} gives
     * {@code https://*.tile.example.org}), or null when there is none.
     */
    String tileOrigin() {
        if (tileUrl == null) {
            return null;
        }
        int hostStart = tileUrl.indexOf("://") + 3;
        int hostEnd = tileUrl.indexOf('/', hostStart);
        String host = tileUrl.substring(hostStart, hostEnd < 0 ? tileUrl.length() : hostEnd);
        return tileUrl.substring(0, hostStart) + host.replaceFirst("^\\{s}\\.", "*.");
    }
}
