package dev.vigil.policy.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A pending request (first or renewal) was turned down, for a reason. */
public record ExceptionRejected(UUID exceptionId, int renewal, Person rejectedBy, String reason, Instant rejectedAt) {
}
