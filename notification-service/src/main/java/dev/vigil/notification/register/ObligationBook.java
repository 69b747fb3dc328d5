package dev.vigil.notification.register;

import dev.vigil.notification.assessment.ObligationIds;
import dev.vigil.platform.readmodel.DocumentViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every obligation now ({@code obligation_view}, kept in the transaction that records each change)
 * or one incident's as they stood at any instant (folded from its events).
 */
@Component
@ProcessingGroup(ObligationBook.GROUP)
public class ObligationBook {

    static final String GROUP = "obligation-views";
    private static final String AGGREGATE = ObligationIds.AGGREGATE_TYPE;

    private final DocumentViews<ObligationView> views;
    private final EventStore eventStore;

    ObligationBook(JdbcClient jdbc, JsonMapper json, EventStore eventStore) {
        this.views = new DocumentViews<>(jdbc, json, "obligation_view", ObligationView.class);
        this.eventStore = eventStore;
    }

    public Optional<ObligationView> find(UUID id) {
        return views.get(id.toString());
    }

    public List<ObligationView> all() {
        return views.all();
    }

    public List<ObligationView> ofIncident(UUID incidentId) {
        return all().stream().filter(v -> v.incidentId().equals(incidentId)).toList();
    }

    /** One incident's obligations as they stood at the instant, from its events. */
    public List<ObligationView> asOf(UUID incidentId, Instant instant) {
        Map<UUID, ObligationView> book = new LinkedHashMap<>();
        for (DomainEventMessage<?> event : eventStore.readEvents(incidentId.toString()).asStream().toList()) {
            if (!AGGREGATE.equals(event.getType()) || event.getTimestamp().isAfter(instant)) {
                break;
            }
            UUID id = ObligationView.obligationOf(event.getPayload());
            if (id != null) {
                book.put(id, ObligationView.apply(book.get(id), event.getPayload(), event.getSequenceNumber()));
            }
        }
        return new ArrayList<>(book.values());
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        UUID id = AGGREGATE.equals(message.getType()) ? ObligationView.obligationOf(event) : null;
        if (id == null) {
            return;
        }
        ObligationView before = views.get(id.toString()).orElse(null);
        if (before != null && before.version() >= message.getSequenceNumber()) {
            return; // already applied
        }
        views.put(id.toString(), message.getSequenceNumber(), ObligationView.apply(before, event,
                message.getSequenceNumber()));
    }
}
