package dev.vigil.incident.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone took command of the incident. When {@code previousCommander} is set this is a handoff,
 * naming both people; there is exactly one commander at a time.
 */
public record IncidentCommanderAssigned(UUID incidentId, Person commander, Person previousCommander, Instant assignedAt) {
}
