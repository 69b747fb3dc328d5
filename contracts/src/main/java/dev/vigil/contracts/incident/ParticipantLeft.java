package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** Someone left the incident. */
public record ParticipantLeft(UUID incidentId, Person participant, Instant leftAt) implements VigilEvent {
    @Override
    public String subject() {
        return incidentId.toString();
    }
}
