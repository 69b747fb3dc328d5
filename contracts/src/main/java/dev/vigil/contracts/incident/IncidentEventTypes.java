package dev.vigil.contracts.incident;

import dev.vigil.contracts.events.PublishedLanguage;

/**
 * What incident-service publishes on {@code vigil.incident.events}: the facts other services need
 * about an incident. Timeline notes, internal status updates and the service's own bookkeeping stay
 * in incident-service.
 */
public final class IncidentEventTypes {

    public static final PublishedLanguage LANGUAGE = PublishedLanguage.of("incident")
            .with("IncidentDeclared", 1, IncidentDeclared.class)
            .with("SeverityChanged", 1, SeverityChanged.class)
            .with("IncidentStatusChanged", 1, IncidentStatusChanged.class)
            .with("IncidentCommanderAssigned", 1, IncidentCommanderAssigned.class)
            .with("IncidentRoleAssigned", 1, IncidentRoleAssigned.class)
            .with("ParticipantJoined", 1, ParticipantJoined.class)
            .with("ParticipantLeft", 1, ParticipantLeft.class)
            .with("ImpactAssessed", 1, ImpactAssessed.class)
            .with("DecisionLogged", 1, DecisionLogged.class)
            .with("StatusUpdatePosted", 1, StatusUpdatePosted.class);

    private IncidentEventTypes() {
    }
}
