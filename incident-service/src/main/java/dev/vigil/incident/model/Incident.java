package dev.vigil.incident.model;

import dev.vigil.incident.events.IncidentDeclared;
import dev.vigil.platform.messaging.VigilMetaData;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An AI-safety incident: every fact about it is an event of this aggregate. The decisions live in
 * the feature slices (through {@link Incidents}); the aggregate keeps the consistency boundary, the
 * version and the state those decisions read. A refused decision throws before anything is applied,
 * so it records nothing.
 */
@Aggregate(type = Incidents.TYPE)
class Incident {

    @AggregateIdentifier
    private UUID id;
    private IncidentState state;

    Incident() {
        // rebuilt from its events
    }

    Incident(List<?> declaration) {
        declaration.forEach(event -> apply(event));
    }

    void decide(Function<IncidentState, List<?>> decision) {
        decision.apply(state).forEach(event -> apply(event));
    }

    @EventSourcingHandler
    void on(Object event, @MetaDataValue(VigilMetaData.ACTOR_SUBJECT) String actor) {
        if (event instanceof IncidentDeclared declared) {
            id = declared.incidentId();
        }
        state = IncidentState.evolve(state, event, actor);
    }
}
