package dev.vigil.incident.timeline;

import dev.vigil.incident.details.IncidentEventLog;
import dev.vigil.incident.details.IncidentReadModel;
import dev.vigil.incident.events.ParticipantLeft;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.security.Actor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
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

    private final IncidentEventLog events;
    private final ExternalFacts externalFacts;
    private final TimelineStreams streams;
    private final IncidentReadModel incidents;

    Timeline(IncidentEventLog events, ExternalFacts externalFacts, TimelineStreams streams, IncidentReadModel incidents) {
        this.events = events;
        this.externalFacts = externalFacts;
        this.streams = streams;
        this.incidents = incidents;
    }

    List<TimelineEntry> of(UUID incident) {
        return positioned(incident).stream().map(Positioned::entry).toList();
    }

    /**
     * The incident's events (in recorded order) merged by time with the other services' facts (in
     * arrival order): each order kept, so a stream can resume from the last of each.
     */
    List<Positioned> positioned(UUID incident) {
        return after(incident, -1, -1);
    }

    /** What was recorded after the given incident-event sequence and fact arrival numbers. */
    List<Positioned> after(UUID incident, long sequence, long arrival) {
        List<Positioned> own = new ArrayList<>();
        for (DomainEventMessage<?> event : sequence < 0 ? events.of(incident) : events.after(incident, sequence)) {
            own.add(new Positioned(entry(event), event.getSequenceNumber(), -1));
        }
        List<Positioned> external = externalFacts.after(incident, arrival);
        List<Positioned> merged = new ArrayList<>(own.size() + external.size());
        int i = 0;
        int j = 0;
        while (i < own.size() || j < external.size()) {
            boolean takeOwn = j >= external.size() || (i < own.size()
                    && !own.get(i).entry().time().isAfter(external.get(j).entry().time()));
            merged.add(takeOwn ? own.get(i++) : external.get(j++));
        }
        return merged;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domain && Incidents.TYPE.equals(domain.getType())) {
            UUID incident = UUID.fromString(domain.getAggregateIdentifier());
            streams.publishAfterCommit(incident, new Positioned(entry(domain), domain.getSequenceNumber(), -1));
            if (event instanceof ParticipantLeft left && incidents.load(incident).map(d -> d.restricted()).orElse(true)) {
                streams.revokeAfterCommit(incident, left.participant().subject());
            }
        }
    }

    private static TimelineEntry entry(DomainEventMessage<?> event) {
        Actor actor = VigilMetaData.actorOf(event.getMetaData());
        return new TimelineEntry(event.getIdentifier(), event.getTimestamp(), SOURCE,
                event.getPayloadType().getSimpleName(), actor.subject(), actor.displayName(),
                TimelineLines.describe(event.getPayload()));
    }
}
