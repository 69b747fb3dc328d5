package dev.vigil.policy.controls;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.policy.events.ControlDefined;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A control as the catalogue shows it, at its latest version.
 *
 * @param controlVersion the control's own version (1, 2, …): what an exception's approval freezes
 * @param version        sequence number of its last event
 */
public record ControlView(String id, int controlVersion, UUID policyId, String title, String objective, ControlLayer layer,
                          Set<RiskClass> appliesToRiskClasses, List<String> appliesToSystems, String evidenceExpected,
                          String lastReason, Instant definedAt, long version) {

    public ControlView {
        appliesToRiskClasses = Set.copyOf(appliesToRiskClasses);
        appliesToSystems = List.copyOf(appliesToSystems);
    }

    static ControlView of(ControlDefined e, long sequence) {
        return new ControlView(e.controlId(), e.version(), e.policyId(), e.title(), e.objective(), e.layer(),
                e.appliesToRiskClasses(), e.appliesToSystems(), e.evidenceExpected(), e.reason(), e.definedAt(), sequence);
    }
}
