package dev.vigil.incident.participants;

import java.util.UUID;

/** Someone leaves the incident. */
public record RemoveParticipant(UUID incidentId, Long expectedVersion, String subject) {
}
