package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** Someone took on a role in the incident's response; {@code previous} held it before, if anyone. */
public record IncidentRoleAssigned(UUID incidentId, IncidentRole role, Person person, Person previous,
                                   Instant assignedAt) implements VigilEvent {
    @Override
    public String subject() {
        return incidentId.toString();
    }
}
