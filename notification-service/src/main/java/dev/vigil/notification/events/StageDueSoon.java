package dev.vigil.notification.events;

import java.time.Instant;
import java.util.UUID;

/** {@code percent} (50, 75, 90) of a stage's window has passed, and it is not yet submitted. */
public record StageDueSoon(UUID incidentId, ObligationRef obligation, String stageId, int percent, Instant dueAt,
                           Instant recordedAt) {
}
