package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;

/** Its owner ended a subscription: no new message is queued for it (queued ones are still tried). */
public record SubscriptionCancelled(String subscriptionId, Person cancelledBy, Instant cancelledAt) {
}
