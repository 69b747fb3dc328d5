package dev.vigil.contracts.review;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A post-incident review was opened: by itself when its incident resolved ({@code automatic}), or by a
 * reviewer. {@code incidentId} and {@code incidentKey} are null for a review of an AI hazard that is no incident.
 */
public record ReviewOpened(UUID reviewId, UUID incidentId, String incidentKey, String title, boolean automatic,
                           Instant openedAt) implements VigilEvent {
    @Override
    public String subject() {
        return reviewId.toString();
    }
}
