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
 *
 * <p>{@code likelihood} and {@code impact} (1 to 5 each) are the scores the {@code rating} was made from. They were
 * added after the first events were published: a record written before carries neither (null), and a reader takes
 * it as "rated, but not by factors it can see".
 */
public record PolicyExceptionChanged(
        UUID exceptionId,
        String key,
        String change,
        String status,
        List<String> controlIds,
        List<String> systemIds,
        ResidualRisk rating,
        Integer likelihood,
        Integer impact,
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
