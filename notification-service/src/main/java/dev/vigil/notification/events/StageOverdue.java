package dev.vigil.notification.events;

import java.time.Instant;
import java.util.UUID;

/** A stage's deadline passed and it was not submitted. */
public record StageOverdue(UUID incidentId, ObligationRef obligation, String stageId, Instant dueAt,
                           Instant recordedAt) {
}
