package dev.vigil.incident.events;

import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** Someone took on a role in the incident's response; {@code previous} held it before, if anyone. */
public record IncidentRoleAssigned(UUID incidentId, IncidentRole role, Person person, Person previous,
                                   Instant assignedAt) {
}
