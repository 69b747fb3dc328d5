package dev.vigil.contracts.policy;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** A policy exception expires in {@code daysLeft} days (sent 30, 7 and 1 day before), to remind its owner. */
public record ExceptionExpiringSoon(UUID exceptionId, String key, String ownerSubject, int daysLeft, Instant expiresAt)
        implements VigilEvent {

    @Override
    public String subject() {
        return exceptionId.toString();
    }
}
