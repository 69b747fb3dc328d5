package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.List;

/**
 * Someone subscribed to stakeholder messages: what they want ({@code filter}), by email (to their
 * directory address) and/or by webhook to {@code webhookUrl}. {@code ownerRoles} are their roles when
 * they subscribed, for need-to-know on restricted incidents. The webhook's secret is not in the event.
 */
public record SubscriptionCreated(String subscriptionId, Person owner, List<String> ownerRoles, MessageFilter filter,
                                  boolean email, String webhookUrl, Instant createdAt) {

    public SubscriptionCreated {
        ownerRoles = List.copyOf(ownerRoles);
    }
}
