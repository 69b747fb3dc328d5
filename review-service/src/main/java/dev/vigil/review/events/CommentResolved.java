package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A comment was dealt with: it stays, marked resolved. */
public record CommentResolved(UUID reviewId, UUID commentId, Person resolvedBy, Instant resolvedAt) {
}
