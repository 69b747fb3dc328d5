package dev.vigil.notification.determinations;

import dev.vigil.notification.events.DeterminationsRecorded;
import dev.vigil.platform.readmodel.DocumentViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/** Each incident's determinations ({@code determination_view}), kept in the transaction that records them. */
@Component
@ProcessingGroup(DeterminationViews.GROUP)
public class DeterminationViews {

    static final String GROUP = "determination-views";

    private final DocumentViews<DeterminationView> views;

    DeterminationViews(JdbcClient jdbc, JsonMapper json) {
        this.views = new DocumentViews<>(jdbc, json, "determination_view", DeterminationView.class);
    }

    /** The incident's determinations; none made yet is revision 0. */
    public DeterminationView of(UUID incidentId) {
        return views.get(incidentId.toString()).orElse(DeterminationView.none(incidentId));
    }

    @EventHandler
    void on(DeterminationsRecorded event, DomainEventMessage<?> message) {
        DeterminationView before = views.get(event.incidentId().toString()).orElse(null);
        if (before != null && before.version() >= message.getSequenceNumber()) {
            return; // already applied
        }
        views.put(event.incidentId().toString(), message.getSequenceNumber(),
                DeterminationView.apply(before, event, message.getSequenceNumber()));
    }
}
