package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** The incident learnt that its post-incident review was published: it may now be closed. */
public record ReviewPublicationNoted(UUID incidentId, UUID reviewId, Instant publishedAt) implements VigilEvent {
    @Override
    public String subject() {
        return incidentId.toString();
    }
}
