package dev.vigil.notification.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A stakeholder message is to be sent: recorded before any attempt, under an id derived from the
 * subscription (or owner reminder), the channel and the fact's event id, so a redelivered fact never
 * queues a second one.
 *
 * @param subscriptionId the subscription it serves, null for a reminder to an owner
 * @param recipientSubject whose message it is (the subscriber or the owner)
 * @param channel        EMAIL or WEBHOOK
 * @param recipient      the email address or the webhook URL, as resolved when queued
 * @param incidentId     the incident the fact is about, null for one about no incident (an exception)
 * @param fact           the kind of fact (e.g. SEVERITY_CHANGED)
 * @param factType       the CloudEvents type of the fact
 */
public record MessageQueued(UUID messageId, String subscriptionId, String recipientSubject, String channel,
                            String recipient, UUID incidentId, String incidentKey, String fact, String factEventId,
                            String factType, String subject, String body, Instant factTime, Instant queuedAt) {
}
