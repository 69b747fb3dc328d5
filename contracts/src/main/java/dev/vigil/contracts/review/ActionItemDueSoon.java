package dev.vigil.contracts.review;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** An open action item falls due in {@code daysLeft} days (sent 7 days and 1 day before), to remind its owner. */
public record ActionItemDueSoon(UUID actionItemId, UUID reviewId, UUID incidentId, String title, String ownerSubject,
                                String team, int daysLeft, Instant dueAt) implements VigilEvent {
    @Override
    public String subject() {
        return actionItemId.toString();
    }
}
