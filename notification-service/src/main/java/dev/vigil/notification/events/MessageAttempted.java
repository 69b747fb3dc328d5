package dev.vigil.notification.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One attempt to deliver a message, and what came of it: delivered, or failed (with the response code
 * or error) and either retried at {@code nextAttemptAt} or given up ({@code nextAttemptAt} null).
 */
public record MessageAttempted(UUID messageId, String subscriptionId, UUID incidentId, String incidentKey,
                               String channel, String fact, String factEventId, String recipientSubject, int attempt, boolean delivered, Integer responseCode,
                               String error, Instant nextAttemptAt, Instant attemptedAt) {
}
