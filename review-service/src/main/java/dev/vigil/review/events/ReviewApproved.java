package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A committee member who neither wrote nor edited the review approved it. */
public record ReviewApproved(UUID reviewId, String note, Person approvedBy, Instant approvedAt) {
}
