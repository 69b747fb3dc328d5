package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The due date moved, for a reason: a slip ({@code slips} counts them, this one included). */
public record ActionItemDueDateMoved(UUID actionItemId, LocalDate from, LocalDate to, Instant fromDueAt, Instant dueAt,
                                     String reason, int slips, Person movedBy, Instant movedAt) {
}
