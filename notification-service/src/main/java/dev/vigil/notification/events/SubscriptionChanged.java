package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;

/** Its owner changed a subscription: what it wants and where it goes, as they now stand. */
public record SubscriptionChanged(String subscriptionId, MessageFilter filter, boolean email, String webhookUrl,
                                  Person changedBy, Instant changedAt) {
}
