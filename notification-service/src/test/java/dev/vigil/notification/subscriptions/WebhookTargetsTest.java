package dev.vigil.notification.subscriptions;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** The SSRF guard's address rules, on IP literals (no DNS query). */
class WebhookTargetsTest {

    static InetAddress ip(String literal) {
        InetAddress address = WebhookTargets.literal(literal);
        assertThat(address).as(literal).isNotNull();
        return address;
    }

    @Test
    void internal_addresses_are_named_and_public_ones_are_not() {
        assertThat(WebhookTargets.internal(ip("127.0.0.1"))).isEqualTo("loopback");
        assertThat(WebhookTargets.internal(ip("127.8.9.10"))).isEqualTo("loopback");
        assertThat(WebhookTargets.internal(ip("::1"))).isEqualTo("loopback");
        assertThat(WebhookTargets.internal(ip("::ffff:127.0.0.1"))).isEqualTo("loopback");
        assertThat(WebhookTargets.internal(ip("10.1.2.3"))).isEqualTo("private");
        assertThat(WebhookTargets.internal(ip("172.16.0.1"))).isEqualTo("private");
        assertThat(WebhookTargets.internal(ip("192.168.1.1"))).isEqualTo("private");
        assertThat(WebhookTargets.internal(ip("169.254.169.254"))).isEqualTo("link-local");
        assertThat(WebhookTargets.internal(ip("fe80::1"))).isEqualTo("link-local");
        assertThat(WebhookTargets.internal(ip("fd00::1"))).isEqualTo("unique-local");
        assertThat(WebhookTargets.internal(ip("fc00::1"))).isEqualTo("unique-local");
        assertThat(WebhookTargets.internal(ip("224.0.0.1"))).isEqualTo("multicast");
        assertThat(WebhookTargets.internal(ip("ff02::1"))).isEqualTo("multicast");
        assertThat(WebhookTargets.internal(ip("0.0.0.0"))).isEqualTo("unspecified");
        assertThat(WebhookTargets.internal(ip("::"))).isEqualTo("unspecified");
        assertThat(WebhookTargets.internal(ip("100.64.0.1"))).isEqualTo("shared (carrier-grade NAT)");
        assertThat(WebhookTargets.internal(ip("93.184.216.34"))).isNull();
        assertThat(WebhookTargets.internal(ip("2606:2800:220:1::1"))).isNull();
        assertThat(WebhookTargets.internal(ip("172.32.0.1"))).isNull();
    }

    @Test
    void an_allow_list_entry_covers_its_range_only() {
        assertThat(WebhookTargets.covers("127.0.0.2/32", ip("127.0.0.2"))).isTrue();
        assertThat(WebhookTargets.covers("127.0.0.2/32", ip("127.0.0.1"))).isFalse();
        assertThat(WebhookTargets.covers("10.20.0.0/16", ip("10.20.255.1"))).isTrue();
        assertThat(WebhookTargets.covers("10.20.0.0/16", ip("10.21.0.1"))).isFalse();
        assertThat(WebhookTargets.covers("10.20.0.7", ip("10.20.0.7"))).isTrue();
        assertThat(WebhookTargets.covers("fd00::/8", ip("fd12::1"))).isTrue();
        assertThat(WebhookTargets.covers("fd00::/8", ip("10.0.0.1"))).isFalse();
        assertThat(WebhookTargets.covers("hooks.internal", ip("10.0.0.1"))).isFalse();
    }

    @Test
    void allow_list_entries_are_hosts_addresses_or_ranges() {
        assertThat(WebhookTargets.validEntry("hooks.example.org")).isTrue();
        assertThat(WebhookTargets.validEntry("10.0.0.0/8")).isTrue();
        assertThat(WebhookTargets.validEntry("fd00::/8")).isTrue();
        assertThat(WebhookTargets.validEntry("10.0.0.0/33")).isFalse();
        assertThat(WebhookTargets.validEntry("not a host")).isFalse();
        assertThat(WebhookTargets.validEntry("http://x")).isFalse();
    }
}
