package dev.vigil.policy.events;

import java.time.Instant;
import java.util.UUID;

/** The exception's owner was reminded that it expires in {@code daysLeft} days. */
public record ExceptionExpiryReminded(UUID exceptionId, int daysLeft, Instant expiresAt, Instant remindedAt) {
}
