package dev.vigil.policy.exceptions;

import dev.vigil.contracts.governance.RiskClass;
import dev.vigil.contracts.incident.Person;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What can be asked of a policy exception. Who asks (a person with their roles) is the authenticated
 * actor; {@code policyOwners} are the owners of the waived controls' policies, as the library knows
 * them when the decision is made.
 */
public final class ExceptionCommands {

    private ExceptionCommands() {
    }

    /** The terms a request (first or renewal) asks for. */
    public record Terms(String justification, Instant requestedExpiry, int likelihood, int impact,
                        List<String> compensatingControls) {
        public Terms {
            compensatingControls = List.copyOf(compensatingControls);
        }
    }

    public record RequestException(@TargetAggregateIdentifier UUID exceptionId, List<String> controlIds,
                                   List<String> systemIds, String scope, Person owner, Person requestedBy, Terms terms) {
    }

    /** {@code controlVersions} and {@code systemRiskClasses} are frozen into the approval that completes the round. */
    public record ApproveException(@TargetAggregateIdentifier UUID exceptionId, Person approver, Set<String> roles,
                                   Set<String> policyOwners, Map<String, Integer> controlVersions,
                                   Map<String, RiskClass> systemRiskClasses, String note) {
    }

    public record RejectException(@TargetAggregateIdentifier UUID exceptionId, Person decider, Set<String> roles,
                                  Set<String> policyOwners, String reason) {
    }

    public record RenewException(@TargetAggregateIdentifier UUID exceptionId, Person requestedBy, Terms terms) {
    }

    public record RevokeException(@TargetAggregateIdentifier UUID exceptionId, Person decider, Set<String> roles,
                                  Set<String> policyOwners, String reason) {
    }

    /** From the scheduler: the expiry it was set for has come. */
    public record ExpireException(@TargetAggregateIdentifier UUID exceptionId, Instant expiresAt) {
    }

    /** From the scheduler: remind the owner {@code daysLeft} days before the expiry it was set for. */
    public record RemindExpiry(@TargetAggregateIdentifier UUID exceptionId, Instant expiresAt, int daysLeft) {
    }

    /** Something material changed under the waiver (cause: risk-class-rose, control-revised, incident). */
    public record FlagForReReview(@TargetAggregateIdentifier UUID exceptionId, String cause, String detail) {
    }

    /** An incident occurred on a system while this exception was in force. */
    public record NoteIncidentOnExceptedSystem(@TargetAggregateIdentifier UUID exceptionId, UUID incidentId,
                                               String incidentKey, String systemId, String severity,
                                               Instant occurredAt) {
    }
}
