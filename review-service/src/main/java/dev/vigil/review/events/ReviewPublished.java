package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** The approved review was published: its incident may now close. */
public record ReviewPublished(UUID reviewId, UUID incidentId, Person publishedBy, Instant publishedAt) {
}
