package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** The review went to the committee; {@code noActionItemsReason} says why there are none, when there are none. */
public record ReviewSubmitted(UUID reviewId, String noActionItemsReason, Person submittedBy, Instant submittedAt) {
}
