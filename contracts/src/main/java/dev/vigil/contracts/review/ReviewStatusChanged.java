package dev.vigil.contracts.review;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A review moved in its workflow: submitted, sent back with requested changes ({@code reason}), approved
 * or published. {@code incidentId} is null for a review of an AI hazard that is no incident.
 */
public record ReviewStatusChanged(UUID reviewId, UUID incidentId, String incidentKey, ReviewStatus from,
                                  ReviewStatus status, String reason, Instant changedAt) implements VigilEvent {
    @Override
    public String subject() {
        return reviewId.toString();
    }
}
