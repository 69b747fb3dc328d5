package dev.vigil.knownincidents;

import dev.vigil.contracts.incident.IncidentCommanderAssigned;
import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.incident.IncidentRoleAssigned;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.ParticipantJoined;
import dev.vigil.contracts.incident.ParticipantLeft;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;

import java.util.List;

/** Keeps {@link KnownIncidents} up to date from the incident topic. */
class KnownIncidentsProjection implements EventConsumer {

    private final KnownIncidents incidents;

    KnownIncidentsProjection(KnownIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public String name() {
        return "known-incidents";
    }

    @Override
    public List<PublishedLanguage> reads() {
        return List.of(IncidentEventTypes.LANGUAGE);
    }

    @Override
    public void consume(EventEnvelope envelope) {
        switch (envelope.event().orElse(null)) {
            case IncidentDeclared e -> incidents.add(e, envelope.actor());
            case ParticipantJoined e -> incidents.join(e.incidentId(), e.participant().subject());
            case ParticipantLeft e -> incidents.leave(e.incidentId(), e.participant().subject());
            case IncidentCommanderAssigned e -> incidents.join(e.incidentId(), e.commander().subject());
            case IncidentRoleAssigned e -> incidents.join(e.incidentId(), e.person().subject());
            case SeverityChanged e -> incidents.set(e.incidentId(), "severity", e.to().name());
            case IncidentStatusChanged e -> incidents.set(e.incidentId(), "status", e.to().name());
            case null, default -> { }
        }
    }
}
