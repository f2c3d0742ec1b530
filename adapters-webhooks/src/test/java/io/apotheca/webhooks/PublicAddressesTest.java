package io.apotheca.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.1",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "fe80::1",
                "fd00::1",
                "::ffff:10.0.0.1",
                "::",
                "64:ff9b::a00:1",
                "2002:a00:1::1",
                "64:ff9b::7f00:1"
            })
    void inward_addresses_are_not_public(String address) throws Exception {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"})
    void outside_addresses_are_public(String address) throws Exception {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void urls_on_inward_addresses_or_in_plain_http_are_refused_unless_allowed() {
        PublicAddresses guarded = new PublicAddresses(false);
        assertThat(guarded.refusalOf(URI.create("https://127.0.0.1/hook")))
                .get()
                .asString()
                .contains("private");
        assertThat(guarded.refusalOf(URI.create("https://169.254.169.254/latest/meta-data")))
                .get()
                .asString()
                .contains("link-local");
        assertThat(guarded.refusalOf(URI.create("https://localhost:8443/hook"))).isPresent();
        assertThat(guarded.refusalOf(URI.create("http://93.184.216.34/hook")))
                .get()
                .asString()
                .contains("https");
        assertThat(guarded.refusalOf(URI.create("https://93.184.216.34/hook"))).isEmpty();
        assertThat(new PublicAddresses(true).refusalOf(URI.create("http://127.0.0.1:8080/hook")))
                .isEmpty();
    }
}
