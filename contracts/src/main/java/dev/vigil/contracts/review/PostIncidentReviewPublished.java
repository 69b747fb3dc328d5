package dev.vigil.contracts.review;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** A post-incident review was approved by the committee and published. */
public record PostIncidentReviewPublished(UUID reviewId, UUID incidentId, Instant publishedAt) implements VigilEvent {
    @Override
    public String subject() {
        return reviewId.toString();
    }
}
