package dev.vigil.policy.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.UUID;

/** A waiver in force was withdrawn before its expiry, for a reason. */
public record ExceptionRevoked(UUID exceptionId, Person revokedBy, String reason, Instant revokedAt) {
}
