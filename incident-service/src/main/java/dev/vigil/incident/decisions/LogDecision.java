package dev.vigil.incident.decisions;

import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.KillSwitchScope;
import dev.vigil.contracts.incident.Person;

import java.util.List;
import java.util.UUID;

/** A decision for the incident's decision log; {@code decidedBy} is the authenticated actor, set by the server. */
public record LogDecision(UUID incidentId, Long expectedVersion, UUID decisionId, DecisionKind kind, String decision,
                          String rationale, List<String> alternatives, KillSwitchScope killSwitchScope,
                          String killSwitchTarget, String rollbackToModelVersion, Boolean reversible,
                          Person decidedBy) {
}
