package se.redaktionen.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4AddressIsTakenAsItIs() {
        assertThat(ClientAddress.of("192.0.2.17")).isEqualTo("192.0.2.17");
    }

    @Test
    void anIpv6AddressIsTakenByItsSlash64() {
        assertThat(ClientAddress.of("2001:db8:a:b:1:2:3:4")).isEqualTo("2001:db8:a:b::/64");
        assertThat(ClientAddress.of("2001:DB8:a:b::ffff")).isEqualTo("2001:db8:a:b::/64");
        assertThat(ClientAddress.of("[2001:db8:a:b::1]")).isEqualTo("2001:db8:a:b::/64");
        assertThat(ClientAddress.of("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
    }

    @Test
    void anIpv4MappedIpv6AddressIsTheIpv4Address() {
        assertThat(ClientAddress.of("::ffff:192.0.2.17")).isEqualTo("192.0.2.17");
    }

    @Test
    void somethingElseAProxyForwardedIsCountedByItsTextCutToTheColumn() {
        assertThat(ClientAddress.of("not-an-address")).isEqualTo("not-an-address");
        assertThat(ClientAddress.of("2001:db8:::1")).isEqualTo("2001:db8:::1");
        assertThat(ClientAddress.of("x".repeat(500))).hasSize(ClientAddress.MAX_LENGTH);
    }

    @Test
    void noAddressIsNotCounted() {
        assertThat(ClientAddress.of(null)).isNull();
        assertThat(ClientAddress.of(" ")).isNull();
    }
}
