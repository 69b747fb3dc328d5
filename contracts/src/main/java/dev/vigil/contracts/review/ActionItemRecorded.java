package dev.vigil.contracts.review;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** An action item came out of a review; {@code dueAt} is the end of its due date (UTC). */
public record ActionItemRecorded(UUID actionItemId, UUID reviewId, UUID incidentId, String title, String ownerSubject,
                                 String team, ActionItemType type, ActionItemPriority priority, Instant dueAt,
                                 Instant recordedAt) implements VigilEvent {
    @Override
    public String subject() {
        return actionItemId.toString();
    }
}
