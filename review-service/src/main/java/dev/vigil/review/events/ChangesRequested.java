package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** The committee sent the review back to draft, saying what to change. */
public record ChangesRequested(UUID reviewId, String changes, Person requestedBy, Instant requestedAt) {
}
