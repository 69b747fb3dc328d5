package dev.vigil.contracts.review;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An open action item is past its due time: sent at the due time ({@code weeksOverdue} 0), then weekly
 * while it stays open.
 */
public record ActionItemOverdue(UUID actionItemId, UUID reviewId, UUID incidentId, String title, String ownerSubject,
                                String team, Instant dueAt, int weeksOverdue, Instant remindedAt) implements VigilEvent {
    @Override
    public String subject() {
        return actionItemId.toString();
    }
}
