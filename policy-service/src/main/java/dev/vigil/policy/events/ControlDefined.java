package dev.vigil.policy.events;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.governance.RiskClass;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A control (e.g. CTL-RT-01, "pre-deployment red-team sign-off") was defined under a policy, or
 * revised ({@code version} above 1): a revision is a material change for exceptions waiving it.
 */
public record ControlDefined(String controlId, int version, UUID policyId, String title, String objective,
                             ControlLayer layer, Set<RiskClass> appliesToRiskClasses, List<String> appliesToSystems,
                             String evidenceExpected, String reason, Instant definedAt) {

    public ControlDefined {
        appliesToRiskClasses = Set.copyOf(appliesToRiskClasses);
        appliesToSystems = List.copyOf(appliesToSystems);
    }
}
