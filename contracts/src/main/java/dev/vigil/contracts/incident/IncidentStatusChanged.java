package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** The incident moved on in its lifecycle (or was reopened). */
public record IncidentStatusChanged(UUID incidentId, IncidentStatus from, IncidentStatus to, String reason,
                                    Instant changedAt) implements VigilEvent {
    @Override
    public String subject() {
        return incidentId.toString();
    }
}
