package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.review.ActionItemPriority;
import dev.vigil.contracts.review.ActionItemType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action item came out of a review. {@code dueAt} is the end of {@code dueDate} (UTC);
 * {@code dueDateDefaulted} when it came from the incident's severity.
 */
public record ActionItemCreated(UUID actionItemId, UUID reviewId, UUID incidentId, String incidentKey, String title,
                                String description, Person owner, String team, ActionItemType type,
                                ActionItemPriority priority, LocalDate dueDate, Instant dueAt, boolean dueDateDefaulted,
                                Person createdBy, Instant createdAt) {
}
