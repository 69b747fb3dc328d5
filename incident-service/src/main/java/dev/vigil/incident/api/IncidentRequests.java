package dev.vigil.incident.api;

import dev.vigil.contracts.incident.Audience;
import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.KillSwitchScope;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;

import java.util.List;

/**
 * Request bodies of the incident commands. None carries an id, an actor or a time: the server
 * owns those, and unknown fields are refused.
 */
final class IncidentRequests {

    private IncidentRequests() {
    }

    record ChangeSeverity(Severity severity, String reason) {
    }

    record ChangeStatus(IncidentStatus status, String reason) {
    }

    /** A person: their identity (subject) and name. */
    record PersonRef(String subject, String name) {
        Person person() {
            return subject == null ? null : new Person(subject, name);
        }
    }

    record AssignRole(IncidentRole role, String subject, String name) {
    }

    record AssessImpact(ImpactAssessment assessment, String reason) {
    }

    record LogDecision(DecisionKind kind, String decision, String rationale, List<String> alternatives,
                       KillSwitchScope killSwitchScope, String killSwitchTarget, String rollbackToModelVersion,
                       Boolean reversible) {
    }

    record PostStatusUpdate(Audience audience, String text) {
    }

    record AddNote(String text) {
    }
}
