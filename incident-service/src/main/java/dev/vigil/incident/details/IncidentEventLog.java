package dev.vigil.incident.details;

import dev.vigil.platform.messaging.VigilMetaData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An incident's events straight from the event store (through its upcasters): the record itself. */
@Component
public class IncidentEventLog {

    private final EventStore eventStore;

    IncidentEventLog(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<? extends DomainEventMessage<?>> of(UUID incidentId) {
        return eventStore.readEvents(incidentId.toString()).asStream().toList();
    }

    /** The incident's events after the given sequence number. */
    public List<? extends DomainEventMessage<?>> after(UUID incidentId, long sequence) {
        return eventStore.readEvents(incidentId.toString(), sequence + 1).asStream().toList();
    }

    /** The incident as it stood at an instant, rebuilt from the events recorded up to then. */
    public Optional<IncidentDetails> asOf(UUID incidentId, Instant instant) {
        IncidentDetails details = null;
        for (DomainEventMessage<?> event : of(incidentId)) {
            if (event.getTimestamp().isAfter(instant)) {
                break;
            }
            details = IncidentHistory.apply(details, event.getPayload(), VigilMetaData.actorOf(event.getMetaData()),
                    event.getSequenceNumber(), event.getTimestamp());
        }
        return Optional.ofNullable(details);
    }

    /** The incident as it stands now, from its events alone. */
    Optional<IncidentDetails> current(UUID incidentId) {
        return asOf(incidentId, Instant.MAX);
    }
}
