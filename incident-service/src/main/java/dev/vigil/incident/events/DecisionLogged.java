package dev.vigil.incident.events;

import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.KillSwitchScope;
import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A decision went into the incident's decision log. A kill switch names its scope and target; a
 * rollback names the model version rolled back to; both say whether the step can be undone.
 */
public record DecisionLogged(
        UUID incidentId,
        UUID decisionId,
        DecisionKind kind,
        String decision,
        String rationale,
        List<String> alternatives,
        Person decidedBy,
        KillSwitchScope killSwitchScope,
        String killSwitchTarget,
        String rollbackToModelVersion,
        boolean reversible,
        Instant decidedAt) {

    public DecisionLogged {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }
}
