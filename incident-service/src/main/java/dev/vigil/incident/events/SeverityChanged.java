package dev.vigil.incident.events;

import dev.vigil.contracts.incident.Severity;

import java.time.Instant;
import java.util.UUID;

/** The incident's severity changed, for a reason. */
public record SeverityChanged(UUID incidentId, Severity from, Severity to, String reason, Instant changedAt) {
}
