package dev.vigil.incident.events;

import dev.vigil.contracts.incident.IncidentStatus;

import java.time.Instant;
import java.util.UUID;

/** The incident moved on in its lifecycle (or was reopened). */
public record IncidentStatusChanged(UUID incidentId, IncidentStatus from, IncidentStatus to, String reason,
                                    Instant changedAt) {
}
