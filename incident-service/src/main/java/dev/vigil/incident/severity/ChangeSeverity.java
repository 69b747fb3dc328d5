package dev.vigil.incident.severity;

import dev.vigil.contracts.incident.Severity;

import java.util.UUID;

/** Change an incident's severity, for a reason. */
public record ChangeSeverity(UUID incidentId, Long expectedVersion, Severity severity, String reason) {
}
