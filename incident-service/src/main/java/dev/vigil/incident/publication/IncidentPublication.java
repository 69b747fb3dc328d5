package dev.vigil.incident.publication;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.contracts.incident.Audience;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.incident.events.DecisionLogged;
import dev.vigil.incident.events.ImpactAssessed;
import dev.vigil.incident.events.IncidentCommanderAssigned;
import dev.vigil.incident.events.IncidentDeclared;
import dev.vigil.incident.events.IncidentRoleAssigned;
import dev.vigil.incident.events.IncidentStatusChanged;
import dev.vigil.incident.events.ParticipantJoined;
import dev.vigil.incident.events.ParticipantLeft;
import dev.vigil.incident.events.SeverityChanged;
import dev.vigil.incident.events.StatusUpdatePosted;
import dev.vigil.platform.relay.EventPublication;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What incident-service tells the other services, fact by fact. Published: the declaration and every
 * change of severity, status, command, roles, participants, impact and decisions (the other services
 * keep their own view of incidents, need-to-know included, and the regulatory rules turn on impact),
 * and external status updates (already public). Kept home: timeline notes (working notes, often of
 * restricted incidents), internal status updates (written for responders) and the noting of a
 * review's publication (it came from review-service in the first place). No consumer needs them;
 * one that does gets a new, deliberate published type.
 */
@Component
class IncidentPublication implements EventPublication {

    @Override
    public PublishedLanguage language() {
        return IncidentEventTypes.LANGUAGE;
    }

    @Override
    public Optional<? extends VigilEvent> publish(Object recorded, EventMessage<?> message) {
        return Optional.ofNullable(switch (recorded) {
            case IncidentDeclared e -> new dev.vigil.contracts.incident.IncidentDeclared(e.incidentId(), e.key(),
                    e.title(), e.summary(), e.systemId(), e.modelVersion(), e.severity(), e.category(),
                    e.detectionSource(), e.occurredAt(), e.detectedAt(), e.awareAt(), e.jurisdictions(), e.restricted(),
                    e.declaredAt(), e.exercise());
            case SeverityChanged e -> new dev.vigil.contracts.incident.SeverityChanged(e.incidentId(), e.from(), e.to(),
                    e.reason(), e.changedAt());
            case IncidentStatusChanged e -> new dev.vigil.contracts.incident.IncidentStatusChanged(e.incidentId(),
                    e.from(), e.to(), e.reason(), e.changedAt());
            case IncidentCommanderAssigned e -> new dev.vigil.contracts.incident.IncidentCommanderAssigned(
                    e.incidentId(), e.commander(), e.previousCommander(), e.assignedAt());
            case IncidentRoleAssigned e -> new dev.vigil.contracts.incident.IncidentRoleAssigned(e.incidentId(),
                    e.role(), e.person(), e.previous(), e.assignedAt());
            case ParticipantJoined e -> new dev.vigil.contracts.incident.ParticipantJoined(e.incidentId(),
                    e.participant(), e.joinedAt());
            case ParticipantLeft e -> new dev.vigil.contracts.incident.ParticipantLeft(e.incidentId(), e.participant(),
                    e.leftAt());
            case ImpactAssessed e -> new dev.vigil.contracts.incident.ImpactAssessed(e.incidentId(), e.revision(),
                    e.assessment(), e.reason(), e.assessedAt());
            case DecisionLogged e -> new dev.vigil.contracts.incident.DecisionLogged(e.incidentId(), e.decisionId(),
                    e.kind(), e.decision(), e.rationale(), e.alternatives(), e.decidedBy(), e.killSwitchScope(),
                    e.killSwitchTarget(), e.rollbackToModelVersion(), e.reversible(), e.decidedAt());
            case StatusUpdatePosted e when e.audience() == Audience.EXTERNAL ->
                    new dev.vigil.contracts.incident.StatusUpdatePosted(e.incidentId(), e.updateId(), e.audience(),
                            e.text(), e.postedAt());
            default -> null;
        });
    }
}
