package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A stakeholder message about a fact was delivered: by email or webhook, to whom (their subject, never
 * their address), at which attempt. {@code incidentId} is null for a fact about no incident (an
 * expiring policy exception).
 */
public record MessageDelivered(UUID incidentId, UUID messageId, String subscriptionId, String channel,
                               String recipientSubject, String fact, String factEventId, int attempt,
                               Integer responseCode, String summary, Instant deliveredAt) implements VigilEvent {

    @Override
    public String subject() {
        return incidentId != null ? incidentId.toString() : messageId.toString();
    }
}
