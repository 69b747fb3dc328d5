package dev.vigil.notification.events;

import java.time.Instant;
import java.util.UUID;

/** notification-service began to follow an incident's regulatory obligations (its first fact arrived). */
public record CaseOpened(UUID incidentId, Instant openedAt) {
}
