package dev.vigil.notification.subscriptions;

import dev.vigil.notification.events.SubscriptionCancelled;
import dev.vigil.notification.events.SubscriptionChanged;
import dev.vigil.notification.events.SubscriptionCreated;
import dev.vigil.notification.subscriptions.SubscriptionCommands.CancelSubscription;
import dev.vigil.notification.subscriptions.SubscriptionCommands.ChangeSubscription;
import dev.vigil.notification.subscriptions.SubscriptionCommands.CreateSubscription;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.NotFoundException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A subscription to stakeholder messages: it belongs to whoever made it, and only they change or end
 * it. A webhook's signing secret is written to {@code webhook_secret} in the transaction that records
 * the subscription, never to an event (the audit log shows events).
 */
@Aggregate(type = SubscriptionRecord.TYPE)
class SubscriptionRecord {

    static final String TYPE = "Subscription";

    @AggregateIdentifier
    private String subscriptionId;
    private String owner;
    private boolean cancelled;

    SubscriptionRecord() {
        // rebuilt from its events
    }

    @CommandHandler
    SubscriptionRecord(CreateSubscription command, Clock clock, WebhookSecrets secrets) {
        if (command.secret() != null) {
            secrets.put(command.subscriptionId(), command.secret());
        }
        apply(new SubscriptionCreated(command.subscriptionId(), command.by(), command.roles(), command.filter(),
                command.email(), command.webhookUrl(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeSubscription command, Clock clock, WebhookSecrets secrets) {
        mine(command.by().subject());
        if (command.newSecret() != null) {
            secrets.put(subscriptionId, command.newSecret());
        }
        apply(new SubscriptionChanged(subscriptionId, command.filter(), command.email(), command.webhookUrl(),
                command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(CancelSubscription command, Clock clock) {
        mine(command.by().subject());
        apply(new SubscriptionCancelled(subscriptionId, command.by(), clock.instant()));
    }

    private void mine(String subject) {
        if (!owner.equals(subject)) {
            throw new NotFoundException("Subscription", subscriptionId);
        }
        if (cancelled) {
            throw new ConflictException("cancelled", "the subscription was cancelled");
        }
    }

    @EventSourcingHandler
    void on(SubscriptionCreated event) {
        subscriptionId = event.subscriptionId();
        owner = event.owner().subject();
    }

    @EventSourcingHandler
    void on(SubscriptionCancelled event) {
        cancelled = true;
    }
}
