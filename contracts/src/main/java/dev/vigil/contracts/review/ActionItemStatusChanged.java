package dev.vigil.contracts.review;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An action item moved: started, done, verified, failed verification (back to IN_PROGRESS), won't do (with
 * {@code riskAccepted} once the committee accepted it), or reopened. {@code reason} says why, where one is asked.
 */
public record ActionItemStatusChanged(UUID actionItemId, UUID reviewId, UUID incidentId, String title,
                                      ActionItemStatus from, ActionItemStatus status, boolean riskAccepted,
                                      String reason, String ownerSubject, Instant changedAt) implements VigilEvent {
    @Override
    public String subject() {
        return actionItemId.toString();
    }
}
