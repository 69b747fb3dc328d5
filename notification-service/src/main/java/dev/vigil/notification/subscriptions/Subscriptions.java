package dev.vigil.notification.subscriptions;

import dev.vigil.notification.events.AllowListRecorded;
import dev.vigil.platform.readmodel.DocumentViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/**
 * Subscriptions ({@code subscription_view}) and the administrators' allow-list, kept in the
 * transaction that records each change.
 */
@Component
@ProcessingGroup(Subscriptions.GROUP)
public class Subscriptions {

    static final String GROUP = "subscription-views";

    private final DocumentViews<SubscriptionView> views;
    private final WebhookTargets targets;

    Subscriptions(JdbcClient jdbc, JsonMapper json, WebhookTargets targets) {
        this.views = new DocumentViews<>(jdbc, json, "subscription_view", SubscriptionView.class);
        this.targets = targets;
    }

    public Optional<SubscriptionView> find(String id) {
        return views.get(id);
    }

    /** Every subscription still in force. */
    public List<SubscriptionView> active() {
        return views.all().stream().filter(SubscriptionView::active).toList();
    }

    List<SubscriptionView> all() {
        return views.all();
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (SubscriptionRecord.TYPE.equals(message.getType())) {
            views.fold(message.getAggregateIdentifier(), message.getSequenceNumber(),
                    before -> SubscriptionView.apply(before, event, message.getSequenceNumber()));
        } else if (AllowList.TYPE.equals(message.getType()) && event instanceof AllowListRecorded e) {
            targets.views().put(message.getAggregateIdentifier(), message.getSequenceNumber(),
                    new AllowListView(e.revision(), e.entries(), e.reason(), e.recordedBy().subject(), e.recordedAt(),
                            message.getSequenceNumber()));
        }
    }
}
