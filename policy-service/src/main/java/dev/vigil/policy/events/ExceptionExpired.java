package dev.vigil.policy.events;

import java.time.Instant;
import java.util.UUID;

/** A waiver reached its expiry: the controls apply again. */
public record ExceptionExpired(UUID exceptionId, Instant expiredAt) {
}
