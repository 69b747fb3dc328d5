package dev.vigil.notification.subscriptions;

import dev.vigil.notification.events.AllowListRecorded;
import dev.vigil.notification.subscriptions.SubscriptionCommands.RecordAllowList;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The webhook allow-list administrators keep: one record, every revision an event with who and why. */
@Aggregate(type = AllowList.TYPE)
class AllowList {

    static final String TYPE = "WebhookAllowList";
    static final String ID = "webhook-allow-list";

    @AggregateIdentifier
    private String listId;
    private List<String> entries;
    private int revision;

    AllowList() {
        // rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordAllowList command, Clock clock) {
        if (command.entries().equals(entries)) {
            throw new RuleViolationException("entries", "changed", "nothing differs from the allow-list as recorded");
        }
        apply(new AllowListRecorded(command.listId(), revision + 1, command.entries(), command.reason(), command.by(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(AllowListRecorded event) {
        listId = event.listId();
        entries = event.entries();
        revision = event.revision();
    }
}
