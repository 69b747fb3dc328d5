package dev.vigil.incident.command;

import dev.vigil.contracts.incident.Audience;
import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.KillSwitchScope;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What can be asked of a declared incident. Every command may carry the version the caller last
 * saw ({@code expectedVersion}, from If-Match): if the incident has moved on since, the command is
 * refused and nothing is recorded.
 */
public final class IncidentCommands {

    private IncidentCommands() {
    }

    public record ChangeSeverity(@TargetAggregateIdentifier UUID incidentId, @TargetAggregateVersion Long expectedVersion,
                                 Severity severity, String reason) {
    }

    public record ChangeStatus(@TargetAggregateIdentifier UUID incidentId, @TargetAggregateVersion Long expectedVersion,
                               IncidentStatus status, String reason) {
    }

    public record AssignCommander(@TargetAggregateIdentifier UUID incidentId, @TargetAggregateVersion Long expectedVersion,
                                  Person commander) {
    }

    public record AssignRole(@TargetAggregateIdentifier UUID incidentId, @TargetAggregateVersion Long expectedVersion,
                             IncidentRole role, Person person) {
    }

    public record AddParticipant(@TargetAggregateIdentifier UUID incidentId, @TargetAggregateVersion Long expectedVersion,
                                 Person participant) {
    }

    public record RemoveParticipant(@TargetAggregateIdentifier UUID incidentId,
                                    @TargetAggregateVersion Long expectedVersion, String subject) {
    }

    public record AssessImpact(@TargetAggregateIdentifier UUID incidentId, @TargetAggregateVersion Long expectedVersion,
                               ImpactAssessment assessment, String reason) {
    }

    /** {@code decidedBy} is the authenticated actor, set by the server. */
    public record LogDecision(@TargetAggregateIdentifier UUID incidentId, @TargetAggregateVersion Long expectedVersion,
                              UUID decisionId, DecisionKind kind, String decision, String rationale,
                              List<String> alternatives, KillSwitchScope killSwitchScope, String killSwitchTarget,
                              String rollbackToModelVersion, Boolean reversible, Person decidedBy) {
    }

    public record PostStatusUpdate(@TargetAggregateIdentifier UUID incidentId, @TargetAggregateVersion Long expectedVersion,
                                   UUID updateId, Audience audience, String text) {
    }

    /**
     * {@code author} is the authenticated actor; {@code writesAnywhere} says their platform role
     * lets them write to any incident (commanders, admins), not only to those they take part in.
     */
    public record AddTimelineNote(@TargetAggregateIdentifier UUID incidentId, @TargetAggregateVersion Long expectedVersion,
                                  UUID noteId, String text, Person author, boolean writesAnywhere) {
    }

    /** A reaction to the review service's publication: safe to repeat. */
    public record NoteReviewPublication(@TargetAggregateIdentifier UUID incidentId, UUID reviewId, Instant publishedAt) {
    }
}
