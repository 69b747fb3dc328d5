package dev.vigil.incident.lifecycle;

import dev.vigil.contracts.incident.IncidentStatus;

import java.util.UUID;

/** Move an incident along its lifecycle. */
public record ChangeStatus(UUID incidentId, Long expectedVersion, IncidentStatus status, String reason) {
}
