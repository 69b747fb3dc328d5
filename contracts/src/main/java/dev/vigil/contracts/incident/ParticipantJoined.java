package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** Someone joined the incident: from now on they may see it even when it is restricted. */
public record ParticipantJoined(UUID incidentId, Person participant, Instant joinedAt) implements VigilEvent {
    @Override
    public String subject() {
        return incidentId.toString();
    }
}
