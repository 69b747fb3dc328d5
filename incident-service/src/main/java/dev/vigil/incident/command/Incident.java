package dev.vigil.incident.command;

import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.DecisionLogged;
import dev.vigil.contracts.incident.ImpactAssessed;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.contracts.incident.IncidentCommanderAssigned;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.IncidentRoleAssigned;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.ParticipantJoined;
import dev.vigil.contracts.incident.ParticipantLeft;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.ReviewPublicationNoted;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.incident.StatusUpdatePosted;
import dev.vigil.contracts.incident.TimelineNoteAdded;
import dev.vigil.incident.command.IncidentCommands.AddParticipant;
import dev.vigil.incident.command.IncidentCommands.AddTimelineNote;
import dev.vigil.incident.command.IncidentCommands.AssessImpact;
import dev.vigil.incident.command.IncidentCommands.AssignCommander;
import dev.vigil.incident.command.IncidentCommands.AssignRole;
import dev.vigil.incident.command.IncidentCommands.ChangeSeverity;
import dev.vigil.incident.command.IncidentCommands.ChangeStatus;
import dev.vigil.incident.command.IncidentCommands.LogDecision;
import dev.vigil.incident.command.IncidentCommands.NoteReviewPublication;
import dev.vigil.incident.command.IncidentCommands.PostStatusUpdate;
import dev.vigil.incident.command.IncidentCommands.RemoveParticipant;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An AI-safety incident: every fact about it is an event of this aggregate. A refused command
 * throws before anything is applied, so it records nothing.
 */
@Aggregate
class Incident {

    @AggregateIdentifier
    private UUID id;
    private IncidentStatus status;
    private Severity severity;
    private Person commander;
    private final Map<IncidentRole, Person> roles = new EnumMap<>(IncidentRole.class);
    private final Set<String> participants = new HashSet<>();
    private int impactRevision;
    private UUID publishedReview;

    Incident() {
        // rebuilt from its events
    }

    @CommandHandler
    Incident(DeclareIncident command, IncidentKeys keys, Clock clock) {
        Instant now = clock.instant();
        DeclarationRules.check(command, now);
        String key = keys.next(IncidentKeys.Series.of(Boolean.TRUE.equals(command.restricted())),
                now.atZone(ZoneOffset.UTC).getYear());
        apply(new IncidentDeclared(
                command.incidentId(),
                key,
                command.title().strip(),
                CommandRules.strip(command.summary()),
                command.systemId().strip(),
                CommandRules.strip(command.modelVersion()),
                command.severity(),
                command.category(),
                command.detectionSource(),
                command.occurredAt(),
                command.detectedAt(),
                command.awareAt(),
                command.jurisdictions() == null ? List.of() : command.jurisdictions(),
                Boolean.TRUE.equals(command.restricted()),
                now));
    }

    @CommandHandler
    void handle(ChangeSeverity command, Clock clock) {
        new CommandRules()
                .required("severity", command.severity(), "one of SEV1, SEV2, SEV3, SEV4")
                .text("reason", command.reason(), true, CommandRules.TEXT_MAX)
                .check();
        refuseIfClosed();
        if (command.severity() == severity) {
            throw new RuleViolationException("severity", "changed", "the incident is already " + severity);
        }
        apply(new SeverityChanged(id, severity, command.severity(), command.reason().strip(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeStatus command, Clock clock) {
        new CommandRules()
                .required("status", command.status(), "one of " + List.of(IncidentStatus.values()))
                .text("reason", command.reason(), false, CommandRules.TEXT_MAX)
                .check();
        List<IncidentStatus> allowed = IncidentLifecycle.allowedMoves(status);
        if (!allowed.contains(command.status())) {
            throw new ConflictException("invalid-transition",
                    "an incident that is " + status + " cannot move to " + command.status()
                            + (allowed.isEmpty() ? "; it cannot move at all" : "; allowed: " + allowed),
                    Map.of("from", status, "to", command.status(), "allowed", allowed));
        }
        if (command.status() == IncidentStatus.CLOSED && publishedReview == null) {
            throw new ConflictException("review-not-published",
                    "an incident closes only once its post-incident review is published; it is not yet",
                    Map.of("from", status, "to", command.status(), "allowed", allowed));
        }
        if (IncidentLifecycle.isReopening(status, command.status()) && CommandRules.strip(command.reason()) == null) {
            new CommandRules().violation("reason", "required", "reopening an incident needs a reason").check();
        }
        apply(new IncidentStatusChanged(id, status, command.status(), CommandRules.strip(command.reason()),
                clock.instant()));
    }

    @CommandHandler
    void handle(AssignCommander command, Clock clock) {
        checkPerson("commander", command.commander());
        refuseIfClosed();
        if (commander != null && commander.subject().equals(command.commander().subject())) {
            throw new RuleViolationException("commander.subject", "changed",
                    command.commander().subject() + " already commands this incident");
        }
        apply(new IncidentCommanderAssigned(id, clean(command.commander()), commander, clock.instant()));
    }

    @CommandHandler
    void handle(AssignRole command, Clock clock) {
        new CommandRules().required("role", command.role(), "one of " + List.of(IncidentRole.values())).check();
        checkPerson("person", command.person());
        refuseIfClosed();
        Person current = roles.get(command.role());
        if (current != null && current.subject().equals(command.person().subject())) {
            throw new RuleViolationException("person.subject", "changed",
                    command.person().subject() + " already is " + command.role());
        }
        apply(new IncidentRoleAssigned(id, command.role(), clean(command.person()), current, clock.instant()));
    }

    @CommandHandler
    void handle(AddParticipant command, Clock clock) {
        checkPerson("participant", command.participant());
        refuseIfClosed();
        if (participants.contains(command.participant().subject())) {
            throw new RuleViolationException("participant.subject", "not-yet-participant",
                    command.participant().subject() + " already takes part");
        }
        apply(new ParticipantJoined(id, clean(command.participant()), clock.instant()));
    }

    @CommandHandler
    void handle(RemoveParticipant command, Clock clock) {
        refuseIfClosed();
        if (!participants.contains(command.subject())) {
            throw new RuleViolationException("subject", "participant", command.subject() + " does not take part");
        }
        if (commander != null && commander.subject().equals(command.subject())
                || roles.values().stream().anyMatch(p -> p.subject().equals(command.subject()))) {
            throw new ConflictException("holds-a-role",
                    command.subject() + " holds a role in this incident: hand it over before they leave");
        }
        apply(new ParticipantLeft(id, new Person(command.subject(), null), clock.instant()));
    }

    @CommandHandler
    void handle(AssessImpact command, Clock clock) {
        CommandRules rules = new CommandRules()
                .required("assessment", command.assessment(), "the impact assessment")
                .text("reason", command.reason(), true, CommandRules.TEXT_MAX);
        ImpactAssessment a = command.assessment();
        if (a != null) {
            rules.required("assessment.realisation", a.realisation(), "INCIDENT (harm happened) or HAZARD (could have)")
                    .required("assessment.peopleAffected", a.peopleAffected(), "how many people (0 if none)")
                    .required("assessment.minorsAffected", a.minorsAffected(), "true or false")
                    .required("assessment.protectedGroupsAffected", a.protectedGroupsAffected(), "true or false")
                    .required("assessment.personalDataInvolved", a.personalDataInvolved(), "true or false")
                    .required("assessment.deathsOrSeriousInjuries", a.deathsOrSeriousInjuries(), "how many (0 if none)")
                    .required("assessment.criticalInfrastructureDisruption", a.criticalInfrastructureDisruption(),
                            "true or false");
            if (a.peopleAffected() != null && a.peopleAffected() < 0) {
                rules.violation("assessment.peopleAffected", "min", "peopleAffected cannot be negative");
            }
            if (a.deathsOrSeriousInjuries() != null && a.deathsOrSeriousInjuries() < 0) {
                rules.violation("assessment.deathsOrSeriousInjuries", "min", "deathsOrSeriousInjuries cannot be negative");
            }
            rules.text("assessment.sector", a.sector(), false, CommandRules.LINE_MAX)
                    .text("assessment.developer", a.developer(), false, CommandRules.LINE_MAX)
                    .text("assessment.deployer", a.deployer(), false, CommandRules.LINE_MAX);
        }
        rules.check();
        refuseIfClosed();
        apply(new ImpactAssessed(id, impactRevision + 1, a, command.reason().strip(), clock.instant()));
    }

    @CommandHandler
    void handle(LogDecision command, Clock clock) {
        CommandRules rules = new CommandRules()
                .required("kind", command.kind(), "GENERAL, KILL_SWITCH or ROLLBACK")
                .text("decision", command.decision(), true, CommandRules.TEXT_MAX)
                .text("rationale", command.rationale(), true, CommandRules.TEXT_MAX);
        List<String> alternatives = command.alternatives() == null ? List.of() : command.alternatives();
        for (int i = 0; i < alternatives.size(); i++) {
            rules.text("alternatives[" + i + "]", alternatives.get(i), true, CommandRules.TEXT_MAX);
        }
        if (command.kind() == DecisionKind.KILL_SWITCH) {
            rules.required("killSwitchScope", command.killSwitchScope(), "REQUEST, SESSION, FEATURE, MODEL or REGION")
                    .text("killSwitchTarget", command.killSwitchTarget(), true, CommandRules.LINE_MAX)
                    .required("reversible", command.reversible(), "whether the step can be undone");
        } else if (command.killSwitchScope() != null || command.killSwitchTarget() != null) {
            rules.violation("killSwitchScope", "kill-switch-only", "only a KILL_SWITCH decision names a kill-switch scope");
        }
        if (command.kind() == DecisionKind.ROLLBACK) {
            rules.text("rollbackToModelVersion", command.rollbackToModelVersion(), true, CommandRules.LINE_MAX)
                    .required("reversible", command.reversible(), "whether the step can be undone");
        } else if (command.rollbackToModelVersion() != null) {
            rules.violation("rollbackToModelVersion", "rollback-only", "only a ROLLBACK decision names a model version");
        }
        rules.check();
        refuseIfClosed();
        apply(new DecisionLogged(id, command.decisionId(), command.kind(), command.decision().strip(),
                command.rationale().strip(), alternatives.stream().map(String::strip).toList(), command.decidedBy(),
                command.killSwitchScope(), CommandRules.strip(command.killSwitchTarget()),
                CommandRules.strip(command.rollbackToModelVersion()), Boolean.TRUE.equals(command.reversible()),
                clock.instant()));
    }

    @CommandHandler
    void handle(PostStatusUpdate command, Clock clock) {
        new CommandRules()
                .required("audience", command.audience(), "INTERNAL or EXTERNAL")
                .text("text", command.text(), true, CommandRules.TEXT_MAX)
                .check();
        refuseIfClosed();
        apply(new StatusUpdatePosted(id, command.updateId(), command.audience(), command.text().strip(),
                clock.instant()));
    }

    @CommandHandler
    void handle(AddTimelineNote command, Clock clock) {
        new CommandRules().text("text", command.text(), true, CommandRules.TEXT_MAX).check();
        refuseIfClosed();
        if (!command.writesAnywhere() && !participants.contains(command.author().subject())) {
            throw new ConflictException("not-a-participant",
                    "only people taking part in this incident write its timeline: join it first");
        }
        apply(new TimelineNoteAdded(id, command.noteId(), command.text().strip(), clock.instant()));
    }

    @CommandHandler
    void handle(NoteReviewPublication command) {
        if (command.reviewId().equals(publishedReview)) {
            return; // already noted: a redelivered publication changes nothing
        }
        apply(new ReviewPublicationNoted(id, command.reviewId(), command.publishedAt()));
    }

    private void refuseIfClosed() {
        if (status == IncidentStatus.CLOSED) {
            throw new ConflictException("closed", "the incident is closed: its record no longer changes",
                    Map.of("status", status));
        }
    }

    private static void checkPerson(String field, Person person) {
        new CommandRules().required(field, person, "who (subject and name)").check();
        new CommandRules()
                .text(field + ".subject", person.subject(), true, CommandRules.LINE_MAX)
                .text(field + ".name", person.name(), false, CommandRules.LINE_MAX)
                .check();
    }

    private static Person clean(Person person) {
        String name = CommandRules.strip(person.name());
        return new Person(person.subject().strip(), name == null ? person.subject().strip() : name);
    }

    @EventSourcingHandler
    void on(IncidentDeclared event, @MetaDataValue(VigilMetaData.ACTOR_SUBJECT) String declaredBy) {
        this.id = event.incidentId();
        this.status = IncidentStatus.DECLARED;
        this.severity = event.severity();
        if (declaredBy != null) {
            participants.add(declaredBy); // whoever declares an incident takes part in it
        }
    }

    @EventSourcingHandler
    void on(SeverityChanged event) {
        severity = event.to();
    }

    @EventSourcingHandler
    void on(IncidentStatusChanged event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(IncidentCommanderAssigned event) {
        commander = event.commander();
        participants.add(event.commander().subject());
    }

    @EventSourcingHandler
    void on(IncidentRoleAssigned event) {
        roles.put(event.role(), event.person());
        participants.add(event.person().subject());
    }

    @EventSourcingHandler
    void on(ParticipantJoined event) {
        participants.add(event.participant().subject());
    }

    @EventSourcingHandler
    void on(ParticipantLeft event) {
        participants.remove(event.participant().subject());
    }

    @EventSourcingHandler
    void on(ImpactAssessed event) {
        impactRevision = event.revision();
    }

    @EventSourcingHandler
    void on(ReviewPublicationNoted event) {
        publishedReview = event.reviewId();
    }
}
