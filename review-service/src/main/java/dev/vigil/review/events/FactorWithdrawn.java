package dev.vigil.review.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A contributing factor was taken back, for a reason (it stays on the record). */
public record FactorWithdrawn(UUID reviewId, UUID factorId, String reason, Person withdrawnBy, Instant withdrawnAt) {
}
