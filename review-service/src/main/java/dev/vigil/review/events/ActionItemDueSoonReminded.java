package dev.vigil.review.events;

import java.time.Instant;
import java.util.UUID;

/** The owner was reminded that the item falls due in {@code daysLeft} days. */
public record ActionItemDueSoonReminded(UUID actionItemId, Instant dueAt, int daysLeft, Instant remindedAt) {
}
