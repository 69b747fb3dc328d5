package dev.vigil.incident.model;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.function.Function;

/**
 * Until 2026-11 the Incident aggregate recorded the published records themselves
 * ({@code dev.vigil.contracts.incident.*}). Those stored events have exactly the shape of today's
 * recorded events in {@code dev.vigil.incident.events}: this upcaster renames their type as they are
 * read, for the aggregate, the read models and the relay alike, and leaves the store untouched.
 */
@Component
@Order(0)
class EventsStoredAsContracts extends SingleEventUpcaster {

    static final String OLD_PACKAGE = "dev.vigil.contracts.incident.";
    static final String NEW_PACKAGE = "dev.vigil.incident.events.";
    static final Set<String> EVENTS = Set.of("IncidentDeclared", "SeverityChanged", "IncidentStatusChanged",
            "IncidentCommanderAssigned", "IncidentRoleAssigned", "ParticipantJoined", "ParticipantLeft",
            "ImpactAssessed", "DecisionLogged", "StatusUpdatePosted", "TimelineNoteAdded", "ReviewPublicationNoted");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return type.startsWith(OLD_PACKAGE) && EVENTS.contains(type.substring(OLD_PACKAGE.length()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String name = representation.getType().getName().substring(OLD_PACKAGE.length());
        return representation.upcastPayload(new SimpleSerializedType(NEW_PACKAGE + name,
                representation.getType().getRevision()), byte[].class, Function.identity());
    }
}
