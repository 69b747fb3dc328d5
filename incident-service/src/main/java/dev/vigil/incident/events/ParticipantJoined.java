package dev.vigil.incident.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** Someone joined the incident: from now on they may see it even when it is restricted. */
public record ParticipantJoined(UUID incidentId, Person participant, Instant joinedAt) {
}
