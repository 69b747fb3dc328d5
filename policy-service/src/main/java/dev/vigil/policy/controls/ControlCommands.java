package dev.vigil.policy.controls;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.governance.RiskClass;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What can be asked of a control. */
final class ControlCommands {

    private ControlCommands() {
    }

    /** The control as it should read: a first definition, or a revision of it. */
    record Definition(UUID policyId, String title, String objective, ControlLayer layer,
                      Set<RiskClass> appliesToRiskClasses, List<String> appliesToSystems, String evidenceExpected) {
    }

    record DefineControl(@TargetAggregateIdentifier String controlId, Definition definition) {
    }

    record ReviseControl(@TargetAggregateIdentifier String controlId, Definition definition, String reason) {
    }
}
