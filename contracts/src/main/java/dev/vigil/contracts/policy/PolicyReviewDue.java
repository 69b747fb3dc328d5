package dev.vigil.contracts.policy;

import dev.vigil.contracts.events.VigilEvent;

import java.time.Instant;
import java.util.UUID;

/** A published policy reached its review date: its owner should review it. */
public record PolicyReviewDue(UUID policyId, String title, int version, String ownerSubject, Instant dueAt)
        implements VigilEvent {

    @Override
    public String subject() {
        return policyId.toString();
    }
}
