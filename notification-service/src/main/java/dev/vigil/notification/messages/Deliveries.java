package dev.vigil.notification.messages;

import dev.vigil.platform.readmodel.DocumentViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The delivery log ({@code delivery_view}): every stakeholder message, kept in the transaction that records each change. */
@Component
@ProcessingGroup(Deliveries.GROUP)
class Deliveries {

    static final String GROUP = "delivery-views";

    private final DocumentViews<MessageView> views;

    Deliveries(JdbcClient jdbc, JsonMapper json) {
        this.views = new DocumentViews<>(jdbc, json, "delivery_view", MessageView.class);
    }

    Optional<MessageView> find(UUID id) {
        return views.get(id.toString());
    }

    List<MessageView> all() {
        return views.all();
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!MessageRecord.TYPE.equals(message.getType())) {
            return;
        }
        views.fold(message.getAggregateIdentifier(), message.getSequenceNumber(),
                before -> MessageView.apply(before, event, message.getSequenceNumber()));
    }
}
