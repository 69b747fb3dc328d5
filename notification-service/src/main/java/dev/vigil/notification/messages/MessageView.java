package dev.vigil.notification.messages;

import dev.vigil.notification.events.MessageAttempted;
import dev.vigil.notification.events.MessageQueued;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A message's delivery log: what was sent to whom about which fact, each attempt and its outcome.
 *
 * @param status QUEUED (no attempt yet), RETRYING (failed, tried again at {@code nextAttemptAt}),
 *               DELIVERED or FAILED (given up)
 */
public record MessageView(UUID id, String subscriptionId, String recipientSubject, String channel, String recipient,
                          UUID incidentId, String incidentKey, String fact, String factEventId, String factType,
                          String subject, String body, Instant factTime, Instant queuedAt, String status,
                          Instant nextAttemptAt, List<Attempt> attempts, long version) {

    public record Attempt(int attempt, Instant at, boolean delivered, Integer responseCode, String error) {
    }

    static MessageView apply(MessageView v, Object event, long sequence) {
        return switch (event) {
            case MessageQueued e -> new MessageView(e.messageId(), e.subscriptionId(), e.recipientSubject(),
                    e.channel(), e.recipient(), e.incidentId(), e.incidentKey(), e.fact(), e.factEventId(),
                    e.factType(), e.subject(), e.body(), e.factTime(), e.queuedAt(), "QUEUED", e.queuedAt(), List.of(),
                    sequence);
            case MessageAttempted e -> {
                List<Attempt> attempts = new ArrayList<>(v.attempts());
                attempts.add(new Attempt(e.attempt(), e.attemptedAt(), e.delivered(), e.responseCode(), e.error()));
                String status = e.delivered() ? "DELIVERED" : e.nextAttemptAt() == null ? "FAILED" : "RETRYING";
                yield new MessageView(v.id(), v.subscriptionId(), v.recipientSubject(), v.channel(), v.recipient(),
                        v.incidentId(), v.incidentKey(), v.fact(), v.factEventId(), v.factType(), v.subject(), v.body(),
                        v.factTime(), v.queuedAt(), status, e.nextAttemptAt(), List.copyOf(attempts), sequence);
            }
            default -> v;
        };
    }

    boolean pending() {
        return status.equals("QUEUED") || status.equals("RETRYING");
    }
}
