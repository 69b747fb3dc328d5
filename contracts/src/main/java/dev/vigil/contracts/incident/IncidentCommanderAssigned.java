package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone took command of the incident. When {@code previousCommander} is set this is a handoff,
 * naming both people; there is exactly one commander at a time.
 */
public record IncidentCommanderAssigned(UUID incidentId, Person commander, Person previousCommander, Instant assignedAt)
        implements VigilEvent {
    @Override
    public String subject() {
        return incidentId.toString();
    }
}
