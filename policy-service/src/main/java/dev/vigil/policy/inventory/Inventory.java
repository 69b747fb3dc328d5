package dev.vigil.policy.inventory;

import dev.vigil.contracts.incident.Person;
import dev.vigil.platform.messaging.VigilMetaData;
import dev.vigil.platform.readmodel.DocumentViews;
import dev.vigil.platform.security.Actor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The inventory as other features read it: every AI system now ({@code system_view}, kept in the
 * transaction that records each change) or as it stood at any instant (rebuilt from its events).
 */
@Component
@ProcessingGroup(Inventory.GROUP)
public class Inventory {

    static final String GROUP = "inventory-views";

    private final DocumentViews<SystemView> views;
    private final EventStore eventStore;

    Inventory(JdbcClient jdbc, JsonMapper json, EventStore eventStore) {
        this.views = new DocumentViews<>(jdbc, json, "system_view", SystemView.class);
        this.eventStore = eventStore;
    }

    public Optional<SystemView> find(String systemId) {
        return views.get(systemId);
    }

    public List<SystemView> all() {
        return views.all();
    }

    /** The system as it stood at the instant, from its events; empty if it was not registered yet. */
    public Optional<SystemView> asOf(String systemId, Instant instant) {
        SystemView view = null;
        for (DomainEventMessage<?> event : eventStore.readEvents(systemId).asStream().toList()) {
            if (!AiSystem.TYPE.equals(event.getType()) || event.getTimestamp().isAfter(instant)) {
                break;
            }
            view = SystemView.apply(view, event.getPayload(), person(event), event.getSequenceNumber());
        }
        return Optional.ofNullable(view);
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!AiSystem.TYPE.equals(message.getType())) {
            return;
        }
        views.fold(message.getAggregateIdentifier(), message.getSequenceNumber(),
                before -> SystemView.apply(before, event, person(message), message.getSequenceNumber()));
    }

    private static Person person(DomainEventMessage<?> message) {
        Actor actor = VigilMetaData.actorOf(message.getMetaData());
        return new Person(actor.subject(), actor.displayName());
    }
}
