package dev.vigil.incident.roles;

import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.Person;

import java.util.UUID;

/** Give someone one of the incident roles (tech lead, communications lead, scribe, liaison). */
public record AssignRole(UUID incidentId, Long expectedVersion, IncidentRole role, Person person) {
}
