package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.review.ActionItemStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * An action item's status changed; {@code reason} is the justification of a WONT_DO, the reason of a reopening,
 * or why verification failed.
 */
public record ActionItemMoved(UUID actionItemId, ActionItemStatus from, ActionItemStatus to, String reason,
                              Person movedBy, Instant movedAt) {
}
