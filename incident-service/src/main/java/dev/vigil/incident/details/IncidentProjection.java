package dev.vigil.incident.details;

import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.messaging.VigilMetaData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Keeps {@code incident_view} in step with the incident events, through {@link IncidentHistory}.
 * It runs in a subscribing processor, inside the transaction that appends the event: a change is
 * readable the moment it is acknowledged, and a failed update fails the command rather than leave
 * the view behind.
 */
@Component
@ProcessingGroup(IncidentProjection.GROUP)
class IncidentProjection {

    static final String GROUP = "incident-views";

    private final IncidentReadModel readModel;

    IncidentProjection(IncidentReadModel readModel) {
        this.readModel = readModel;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain) || !Incidents.TYPE.equals(domain.getType())) {
            return;
        }
        UUID id = UUID.fromString(domain.getAggregateIdentifier());
        IncidentDetails current = readModel.load(id).orElse(null);
        if (current != null && current.version() >= domain.getSequenceNumber()) {
            return; // already applied
        }
        readModel.save(IncidentHistory.apply(current, event, VigilMetaData.actorOf(domain.getMetaData()),
                domain.getSequenceNumber(), domain.getTimestamp()));
    }
}
