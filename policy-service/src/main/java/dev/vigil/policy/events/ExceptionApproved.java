package dev.vigil.policy.events;

import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.contracts.governance.RiskClass;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every approval the request needed was given: the waiver is in force until {@code expiresAt}. What
 * was approved is frozen here: the rating, each control's version and each system's risk class.
 */
public record ExceptionApproved(UUID exceptionId, int renewal, ResidualRisk rating, Map<String, Integer> controlVersions,
                                Map<String, RiskClass> systemRiskClasses, List<String> compensatingControls,
                                Instant expiresAt, Instant reviewAt, Instant approvedAt) {

    public ExceptionApproved {
        controlVersions = Map.copyOf(controlVersions);
        systemRiskClasses = Map.copyOf(systemRiskClasses);
        compensatingControls = List.copyOf(compensatingControls);
    }
}
