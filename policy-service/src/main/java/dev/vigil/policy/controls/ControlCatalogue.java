package dev.vigil.policy.controls;

import dev.vigil.platform.readmodel.DocumentViews;
import dev.vigil.policy.events.ControlDefined;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/** The control catalogue ({@code control_view}), kept in the transaction that records each definition. */
@Component
@ProcessingGroup(ControlCatalogue.GROUP)
public class ControlCatalogue {

    static final String GROUP = "control-views";

    private final DocumentViews<ControlView> views;

    ControlCatalogue(JdbcClient jdbc, JsonMapper json) {
        this.views = new DocumentViews<>(jdbc, json, "control_view", ControlView.class);
    }

    public Optional<ControlView> find(String controlId) {
        return views.get(controlId);
    }

    public List<ControlView> all() {
        return views.all();
    }

    @EventHandler
    void on(ControlDefined event, DomainEventMessage<?> message) {
        views.put(event.controlId(), message.getSequenceNumber(), ControlView.of(event, message.getSequenceNumber()));
    }
}
