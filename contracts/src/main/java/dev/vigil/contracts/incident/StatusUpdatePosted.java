package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** A status update for an external audience: what customers and the public were told. Internal updates stay in incident-service. */
public record StatusUpdatePosted(UUID incidentId, UUID updateId, Audience audience, String text, Instant postedAt)
        implements VigilEvent {
    @Override
    public String subject() {
        return incidentId.toString();
    }
}
