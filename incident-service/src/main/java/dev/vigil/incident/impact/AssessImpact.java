package dev.vigil.incident.impact;

import dev.vigil.contracts.incident.ImpactAssessment;

import java.util.UUID;

/** A new revision of the impact assessment, for a reason. */
public record AssessImpact(UUID incidentId, Long expectedVersion, ImpactAssessment assessment, String reason) {
}
