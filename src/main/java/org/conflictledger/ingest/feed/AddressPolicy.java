package org.conflictledger.ingest.feed;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.conflictledger.ingest.FeedsProperties;
import org.springframework.stereotype.Component;

/**
 * Guards against server-side request forgery: a feed URL must be http(s) without credentials, and
 * every address its host resolves to must be public, unless it lies in a block that configuration
 * allows ({@code ledger.feeds.allowed-networks}). Checked at registration and again before every
 * request (redirect targets included), because DNS answers change.
 */
@Component
class AddressPolicy {

    /**
     * Everything that is not the public internet: IANA special-purpose registries, v4 and v6. IPv4-mapped
     * IPv6 addresses (::ffff:a.b.c.d) are judged by their IPv4 part (Java hands them over as IPv4).
     */
    private static final List<Cidr> NOT_PUBLIC = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "::/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64",
            "2001::/32", "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
            .stream().map(Cidr::parse).toList();

    private final List<Cidr> allowed;

    AddressPolicy(FeedsProperties properties) {
        this.allowed = properties.allowedNetworks().stream().map(Cidr::parse).toList();
    }

    /** The URL checked for its form only (scheme, host, no credentials); no DNS look-up. */
    URI checkForm(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrlException("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedUrlException("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedUrlException("must not carry a user name or password");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new RefusedUrlException("has an invalid port");
        }
        return uri;
    }

    /**
     * Resolves the host and checks every address; a host that does not resolve is refused too.
     * Returns the addresses, for the record.
     */
    List<InetAddress> checkResolved(URI uri) {
        InetAddress[] addresses;
        try {
            // a bracketed IPv6 literal resolves as it is; java.net.URI has no host for a non-ASCII name
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new UnresolvedHostException(uri.getHost());
        } catch (IllegalArgumentException | SecurityException e) {
            throw new RefusedUrlException("host " + uri.getHost() + " is not valid");
        }
        return List.of(checked(uri.getHost(), addresses));
    }

    /** The addresses a host resolved to, when every one of them may be connected to; refused otherwise. */
    InetAddress[] checked(String host, InetAddress[] addresses) {
        if (addresses.length == 0) {
            throw new UnresolvedHostException(host);
        }
        for (InetAddress address : addresses) {
            check(host, address);
        }
        return addresses;
    }


    /**
     * At registration: a host that resolves must resolve to allowed addresses; one that does not
     * resolve now (offline, or not yet in DNS) is accepted and checked again at every fetch.
     */
    void checkAtRegistration(URI uri) {
        try {
            checkResolved(uri);
        } catch (UnresolvedHostException e) {
            // checked again when fetched
        }
    }

    boolean isPublic(InetAddress address) {
        InetAddress effective = embeddedV4(address);
        return NOT_PUBLIC.stream().noneMatch(block -> block.contains(effective)) && !effective.isAnyLocalAddress()
                && !effective.isLoopbackAddress() && !effective.isLinkLocalAddress()
                && !effective.isSiteLocalAddress() && !effective.isMulticastAddress();
    }

    private void check(String host, InetAddress address) {
        if (allowed.stream().anyMatch(block -> block.contains(address))) {
            return;
        }
        if (!isPublic(address)) {
            throw new RefusedUrlException("host " + host + " resolves to a non-public address ("
                    + address.getHostAddress() + "); allow it with ledger.feeds.allowed-networks");
        }
    }

    /** An IPv4 address carried inside an IPv6 one (mapped or compatible) is judged as IPv4. */
    private static InetAddress embeddedV4(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length != 16) {
            return address;
        }
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        if (mapped) {
            try {
                return Inet4Address.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            } catch (UnknownHostException e) {
                return address;
            }
        }
        return address;
    }

    /** A host that does not resolve (now). */
    static class UnresolvedHostException extends RefusedUrlException {

        UnresolvedHostException(String host) {
            super("host " + host + " cannot be resolved");
        }
    }

    /** A feed URL that may not be fetched, and why. */
    static class RefusedUrlException extends RuntimeException {

        RefusedUrlException(String reason) {
            super(reason);
        }
    }
}
