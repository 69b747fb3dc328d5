package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** The impact assessment was revised (revision 1 is the first), with the reason why. */
public record ImpactAssessed(UUID incidentId, int revision, ImpactAssessment assessment, String reason,
                             Instant assessedAt) implements VigilEvent {
    @Override
    public String subject() {
        return incidentId.toString();
    }
}
