package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** The incident's severity changed, for a reason. */
public record SeverityChanged(UUID incidentId, Severity from, Severity to, String reason, Instant changedAt)
        implements VigilEvent {
    @Override
    public String subject() {
        return incidentId.toString();
    }
}
