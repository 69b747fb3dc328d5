package dev.vigil.incident.participants;

import dev.vigil.contracts.incident.Person;

import java.util.UUID;

/** Someone joins the incident. */
public record AddParticipant(UUID incidentId, Long expectedVersion, Person participant) {
}
