package dev.vigil.notification.drafts;

import dev.vigil.notification.assessment.ObligationIds;
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

/** Every regulator notification ({@code draft_view}), kept in the transaction that records each change. */
@Component
@ProcessingGroup(DraftViews.GROUP)
class DraftViews {

    static final String GROUP = "draft-views";

    private final DocumentViews<DraftView> views;

    DraftViews(JdbcClient jdbc, JsonMapper json) {
        this.views = new DocumentViews<>(jdbc, json, "draft_view", DraftView.class);
    }

    Optional<DraftView> find(UUID id) {
        return views.get(id.toString());
    }

    List<DraftView> all() {
        return views.all();
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        UUID id = ObligationIds.AGGREGATE_TYPE.equals(message.getType()) ? DraftView.draftOf(event) : null;
        if (id == null) {
            return;
        }
        DraftView before = views.get(id.toString()).orElse(null);
        if (before != null && before.version() >= message.getSequenceNumber()) {
            return; // already applied
        }
        views.put(id.toString(), message.getSequenceNumber(), DraftView.apply(before, event, message.getSequenceNumber()));
    }
}
