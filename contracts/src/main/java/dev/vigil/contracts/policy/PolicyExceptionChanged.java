package dev.vigil.contracts.policy;

import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.contracts.governance.ResidualRisk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A policy exception (a waiver of controls for systems) moved: requested, approved, rejected,
 * renewed, revoked, expired, or flagged for re-review. {@code change} names what happened; the rest
 * is the exception as it stands after it, so a register can be kept from these alone, and its owner
 * and approvers can be told (a re-review is theirs to do).
 */
public record PolicyExceptionChanged(
        UUID exceptionId,
        String key,
        String change,
        String status,
        List<String> controlIds,
        List<String> systemIds,
        ResidualRisk rating,
        String ownerSubject,
        List<String> approverSubjects,
        Instant expiresAt,
        boolean needsReReview,
        int renewals,
        String reason,
        Instant changedAt) implements VigilEvent {

    public PolicyExceptionChanged {
        controlIds = List.copyOf(controlIds);
        systemIds = List.copyOf(systemIds);
        approverSubjects = List.copyOf(approverSubjects);
    }

    @Override
    public String subject() {
        return exceptionId.toString();
    }
}
