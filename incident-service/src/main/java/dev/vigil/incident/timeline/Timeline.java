package dev.vigil.incident.timeline;

import dev.vigil.contracts.events.VigilEvent;
import dev.vigil.incident.query.IncidentEvents;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.security.Actor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An incident's IR timeline: every event of the incident from the event store, and what the other
 * services published about it, in time order, each with who and a readable line. New incident
 * events are also pushed to live streams.
 */
@Component
@ProcessingGroup(Timeline.LIVE_GROUP)
class Timeline {

    static final String LIVE_GROUP = "incident-timeline-live";
    static final String SOURCE = "incident-service";

    private final IncidentEvents events;
    private final ExternalFacts externalFacts;
    private final TimelineStreams streams;

    Timeline(IncidentEvents events, ExternalFacts externalFacts, TimelineStreams streams) {
        this.events = events;
        this.externalFacts = externalFacts;
        this.streams = streams;
    }

    List<TimelineEntry> of(UUID incident) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (DomainEventMessage<?> event : events.of(incident)) {
            entries.add(entry(event));
        }
        entries.addAll(externalFacts.of(incident));
        // stable: events of the incident keep their recorded order among equal times
        entries.sort(Comparator.comparing(TimelineEntry::time));
        return entries;
    }

    @EventHandler
    void on(VigilEvent event, EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domain && "Incident".equals(domain.getType())) {
            streams.publishAfterCommit(UUID.fromString(domain.getAggregateIdentifier()), entry(domain));
        }
    }

    private static TimelineEntry entry(DomainEventMessage<?> event) {
        Actor actor = VigilMetaData.actorOf(event.getMetaData());
        return new TimelineEntry(event.getIdentifier(), event.getTimestamp(), SOURCE,
                event.getPayloadType().getSimpleName(), actor.subject(), actor.displayName(),
                TimelineLines.describe(event.getPayload()));
    }
}
