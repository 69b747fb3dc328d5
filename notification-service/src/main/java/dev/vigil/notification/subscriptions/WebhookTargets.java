package dev.vigil.notification.subscriptions;

import dev.vigil.platform.readmodel.DocumentViews;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF guard of webhooks: a target's host is resolved, and if any of its addresses is private,
 * loopback, link-local, multicast, unspecified, shared (100.64/10) or unique-local IPv6, it is refused
 * unless the host, or a CIDR range holding every such address, is on the allow-list (the configured
 * {@code vigil.notification.webhooks.allow-list} plus the one administrators keep). Checked when a
 * subscription is made or changed (422) and again before every delivery, so a name that later resolves
 * elsewhere (DNS rebinding) is refused then.
 */
@Component
public class WebhookTargets {

    /** What the guard says of a target: null {@code refusal} when it may be called. */
    public record Verdict(URI uri, String refusal) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    private final List<String> configured;
    private final DocumentViews<AllowListView> views;

    WebhookTargets(@Value("${vigil.notification.webhooks.allow-list:}") List<String> configured, JdbcClient jdbc,
                   JsonMapper json) {
        this.configured = configured.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.views = new DocumentViews<>(jdbc, json, "webhook_allow_list_view", AllowListView.class);
    }

    /** The allow-list in force: configured entries and the administrators'. */
    public List<String> allowList() {
        List<String> all = new ArrayList<>(configured);
        all.addAll(administered().map(AllowListView::entries).orElse(List.of()));
        return all;
    }

    List<String> configured() {
        return configured;
    }

    Optional<AllowListView> administered() {
        return views.get(AllowList.ID);
    }

    DocumentViews<AllowListView> views() {
        return views;
    }

    /** Whether the URL may be called now, resolving its host. */
    public Verdict check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return new Verdict(null, "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return new Verdict(uri, "only http and https URLs can be called");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return new Verdict(uri, "the URL names no host");
        }
        if (uri.getRawUserInfo() != null) {
            return new Verdict(uri, "credentials in the URL are refused");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<String> allowed = allowList();
        if (allowed.stream().anyMatch(host::equalsIgnoreCase)) {
            return new Verdict(uri, null);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new Verdict(uri, "host " + host + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            String kind = internal(address);
            if (kind != null && allowed.stream().noneMatch(entry -> covers(entry, address))) {
                return new Verdict(uri, "host " + host + " resolves to " + address.getHostAddress() + ", a " + kind
                        + " address; an administrator may allow it (PUT /api/webhook-allow-list)");
            }
        }
        return new Verdict(uri, null);
    }

    /** The kind of internal address this is, or null for a public one. */
    static String internal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
            return null;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return "unspecified";
        }
        if (first == 100 && second >= 64 && second < 128) {
            return "shared (carrier-grade NAT)";
        }
        if (first == 255 && Arrays.equals(b, new byte[]{(byte) 255, (byte) 255, (byte) 255, (byte) 255})) {
            return "broadcast";
        }
        return null;
    }

    /** Whether an allow-list entry (a host, an address or a CIDR range) covers the address. */
    static boolean covers(String entry, InetAddress address) {
        String[] parts = entry.split("/", 2);
        InetAddress network = literal(parts[0]);
        if (network == null || network.getAddress().length != address.getAddress().length) {
            return false;
        }
        int bits = network.getAddress().length * 8;
        if (parts.length == 2) {
            try {
                bits = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        byte[] n = network.getAddress();
        byte[] a = address.getAddress();
        if (bits < 0 || bits > n.length * 8) {
            return false;
        }
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((n[i / 8] & mask) != (a[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the entry is a host name, an address or a CIDR range. */
    static boolean validEntry(String entry) {
        if (entry.contains("/")) {
            String[] parts = entry.split("/", 2);
            InetAddress network = literal(parts[0]);
            if (network == null || !parts[1].matches("\\d{1,3}")) {
                return false;
            }
            int bits = Integer.parseInt(parts[1]);
            return bits <= network.getAddress().length * 8;
        }
        return literal(entry) != null || entry.matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    }

    /** An IP literal without a lookup; null for anything else. */
    static InetAddress literal(String text) {
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean v4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = s.contains(":") && s.matches("[0-9a-fA-F:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(s); // a literal: no DNS query
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
