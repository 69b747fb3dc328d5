package dev.vigil.notification.events;

import java.util.List;

/**
 * Which facts a subscription wants, about which incidents: at least {@code minSeverity} (SEV1 is the
 * highest; null for any), on one of {@code systems} and in one of {@code categories} (empty for any).
 * {@code facts} names the kinds of fact (see {@code FactKind}).
 */
public record MessageFilter(String minSeverity, List<String> systems, List<String> categories, List<String> facts) {

    public MessageFilter {
        systems = systems == null ? List.of() : List.copyOf(systems);
        categories = categories == null ? List.of() : List.copyOf(categories);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
