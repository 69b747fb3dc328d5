package dev.vigil.incident.handoff;

import dev.vigil.contracts.incident.Person;

import java.util.UUID;

/** Put someone in command: the first commander, or a handoff from the current one. */
public record AssignCommander(UUID incidentId, Long expectedVersion, Person commander) {
}
