package dev.vigil.contracts.review;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** An action item's due date moved, for a reason; {@code slips} counts every move so far, this one included. */
public record ActionItemDueDateChanged(UUID actionItemId, UUID reviewId, UUID incidentId, String title, Instant from,
                                       Instant to, String reason, int slips, Instant changedAt) implements VigilEvent {
    @Override
    public String subject() {
        return actionItemId.toString();
    }
}
