package dev.vigil.policy.policies;

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

/** The policy library ({@code policy_view}), kept in the transaction that records each change. */
@Component
@ProcessingGroup(PolicyLibrary.GROUP)
public class PolicyLibrary {

    static final String GROUP = "policy-views";

    private final DocumentViews<PolicyView> views;

    PolicyLibrary(JdbcClient jdbc, JsonMapper json) {
        this.views = new DocumentViews<>(jdbc, json, "policy_view", PolicyView.class);
    }

    public Optional<PolicyView> find(UUID policyId) {
        return views.get(policyId.toString());
    }

    public List<PolicyView> all() {
        return views.all();
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!Policy.TYPE.equals(message.getType())) {
            return;
        }
        views.fold(message.getAggregateIdentifier(), message.getSequenceNumber(),
                before -> PolicyView.apply(before, event, message.getSequenceNumber()));
    }
}
