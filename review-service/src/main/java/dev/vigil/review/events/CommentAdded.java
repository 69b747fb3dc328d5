package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A comment on a section of the review. */
public record CommentAdded(UUID reviewId, UUID commentId, String section, String text, Person author, Instant addedAt) {
}
