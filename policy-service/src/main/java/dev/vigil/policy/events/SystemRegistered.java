package dev.vigil.policy.events;

import java.time.Instant;

/** An AI system entered the inventory. */
public record SystemRegistered(String systemId, SystemFacts facts, String reason, Instant registeredAt) {
}
