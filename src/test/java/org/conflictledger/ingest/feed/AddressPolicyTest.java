package org.conflictledger.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

import org.conflictledger.ingest.FeedsProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SSRF guard with the default configuration (nothing allowed) and with a loopback allowance. */
class AddressPolicyTest {

    private static AddressPolicy policy(List<String> allowed) {
        return new AddressPolicy(new FeedsProperties(true, null, null, null, null, null, null, null, 500, 5, "ua",
                allowed, new FeedsProperties.AutoAccept(false, 0.9)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
            "0.0.0.0", "100.64.1.1", "224.0.0.251", "255.255.255.255", "::1", "::", "fd12:3456::1", "fe80::1",
            "ff02::1", "::ffff:127.0.0.1", "::ffff:10.1.1.1", "64:ff9b::a00:1", "2001:db8::1", "198.18.0.1"})
    void refusesAddressesThatAreNotPublicByDefault(String address) throws Exception {
        AddressPolicy policy = policy(List.of());
        assertThat(policy.isPublic(InetAddress.getByName(address))).isFalse();
        String host = address.contains(":") ? "[" + address + "]" : address;
        assertThatThrownBy(() -> policy.checkResolved(URI.create("http://" + host + "/feed")))
                .isInstanceOf(AddressPolicy.RefusedUrlException.class).hasMessageContaining("non-public");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "151.101.0.81", "2a04:4e42::81", "8.8.8.8"})
    void letsPublicAddressesThrough(String address) throws Exception {
        assertThat(policy(List.of()).isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void allowsOnlyTheConfiguredBlocks() {
        AddressPolicy policy = policy(List.of("127.0.0.1/32"));
        assertThat(policy.checkResolved(URI.create("http://127.0.0.1:8080/feed"))).hasSize(1);
        assertThatThrownBy(() -> policy.checkResolved(URI.create("http://127.0.0.2/feed")))
                .isInstanceOf(AddressPolicy.RefusedUrlException.class);
        assertThatThrownBy(() -> policy.checkResolved(URI.create("http://10.0.0.1/feed")))
                .isInstanceOf(AddressPolicy.RefusedUrlException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "gopher://example.org/", "ftp://example.org/feed",
            "http://user:pw@example.org/feed", "http:///nohost", "javascript:alert(1)", "http://exa mple.org/"})
    void refusesUrlsOfTheWrongForm(String url) {
        assertThatThrownBy(() -> policy(List.of()).checkForm(url)).isInstanceOf(AddressPolicy.RefusedUrlException.class);
    }

    @Test
    void acceptsAtRegistrationAHostThatDoesNotResolveNowButChecksItAtFetchTime() {
        AddressPolicy policy = policy(List.of());
        URI unresolvable = URI.create("https://no-such-host.invalid/feed.xml");
        policy.checkAtRegistration(unresolvable);
        assertThatThrownBy(() -> policy.checkResolved(unresolvable)).hasMessageContaining("cannot be resolved");
    }
    private static InetAddress v6(int... bytes) throws Exception {
        byte[] address = new byte[16];
        for (int i = 0; i < 16; i++) {
            address[i] = (byte) bytes[i];
        }
        return java.net.Inet6Address.getByAddress(null, address, -1);
    }

    @Test
    void judgesAnIpv4MappedIpv6AddressByItsIpv4Part() throws Exception {
        AddressPolicy policy = policy(List.of());
        assertThat(policy.isPublic(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1))).isFalse();
        assertThat(policy.isPublic(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 1, 2, 3))).isFalse();
        assertThat(policy.isPublic(v6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 93, 184, 215, 14))).isTrue();
        // not mapped: a non-zero byte before ffff, or ffff not complete; judged as the IPv6 address it is
        assertThat(policy.isPublic(v6(0x26, 0x06, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, 0xff, 127, 0, 0, 1))).isTrue();
        assertThat(policy.isPublic(v6(0x26, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 127, 0, 0, 1))).isTrue();
        assertThat(policy.isPublic(v6(0x26, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0xfe, 0xff, 127, 0, 0, 1))).isTrue();
    }

    @Test
    void acceptsEveryValidPortAndRefusesTheOthers() {
        AddressPolicy policy = policy(List.of());
        assertThat(policy.checkForm("http://feeds.example.org:65535/a.xml").getPort()).isEqualTo(65535);
        assertThat(policy.checkForm("http://feeds.example.org:1/a.xml").getPort()).isEqualTo(1);
        assertThatThrownBy(() -> policy.checkForm("http://feeds.example.org:65536/a.xml"))
                .hasMessage("has an invalid port");
        assertThatThrownBy(() -> policy.checkForm("http://feeds.example.org:0/a.xml")).hasMessage("has an invalid port");
    }

    @Test
    void readsAddressBlocksAndRefusesMalformedOnes() throws Exception {
        assertThat(Cidr.parse("10.0.0.0/8").contains(InetAddress.getByName("10.255.0.1"))).isTrue();
        assertThat(Cidr.parse("10.0.0.0/8").contains(InetAddress.getByName("11.0.0.1"))).isFalse();
        assertThat(Cidr.parse("192.0.2.7").contains(InetAddress.getByName("192.0.2.7"))).as("no prefix: one address")
                .isTrue();
        assertThat(Cidr.parse("192.0.2.7").contains(InetAddress.getByName("192.0.2.6"))).isFalse();
        assertThat(Cidr.parse("::/0").contains(InetAddress.getByName("2001:db8::1"))).isTrue();
        assertThat(Cidr.parse("fc00::/128").prefix()).isEqualTo(128);
        assertThat(Cidr.parse("10.0.0.0/32").prefix()).isEqualTo(32);
        for (String bad : List.of("10.0.0.0/33", "10.0.0.0/-1", "fc00::/129", "example.org/8", "10.0.0.0/x")) {
            assertThatThrownBy(() -> Cidr.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
