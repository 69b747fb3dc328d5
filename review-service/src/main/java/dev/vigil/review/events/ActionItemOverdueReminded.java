package dev.vigil.review.events;

import java.time.Instant;
import java.util.UUID;

/** The item is past its due time and still open: reminder {@code weeksOverdue} (0 at the due time, then weekly). */
public record ActionItemOverdueReminded(UUID actionItemId, Instant dueAt, int weeksOverdue, Instant remindedAt) {
}
