package dev.vigil.incident.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** Someone left the incident. */
public record ParticipantLeft(UUID incidentId, Person participant, Instant leftAt) {
}
