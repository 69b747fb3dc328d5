package dev.vigil.incident.events;

import dev.vigil.contracts.incident.ImpactAssessment;

import java.time.Instant;
import java.util.UUID;

/** The impact assessment was revised (revision 1 is the first), with the reason why. */
public record ImpactAssessed(UUID incidentId, int revision, ImpactAssessment assessment, String reason,
                             Instant assessedAt) {
}
