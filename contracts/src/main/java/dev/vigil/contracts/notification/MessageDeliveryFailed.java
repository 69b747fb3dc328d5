package dev.vigil.contracts.notification;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An attempt to deliver a stakeholder message failed: the response code or error, and whether it is
 * tried again ({@code nextAttemptAt}) or given up ({@code gaveUp}).
 */
public record MessageDeliveryFailed(UUID incidentId, UUID messageId, String subscriptionId, String channel,
                                    String recipientSubject, String fact, String factEventId, int attempt,
                                    Integer responseCode, String error, Instant nextAttemptAt, boolean gaveUp,
                                    String summary, Instant failedAt) implements VigilEvent {

    @Override
    public String subject() {
        return incidentId != null ? incidentId.toString() : messageId.toString();
    }
}
