package dev.vigil.notification.messages;

import dev.vigil.notification.events.MessageAttempted;
import dev.vigil.notification.events.MessageQueued;
import dev.vigil.notification.messages.MessageCommands.QueueMessage;
import dev.vigil.notification.messages.MessageCommands.RecordAttempt;
import dev.vigil.platform.scheduling.PersistentScheduler;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One stakeholder message: queued once (its id comes from the subscription, channel and fact), its
 * first attempt scheduled in the same transaction; each attempt's outcome recorded once, a failure
 * scheduling the next attempt with back-off until the policy gives up.
 */
@Aggregate(type = MessageRecord.TYPE)
class MessageRecord {

    static final String TYPE = "StakeholderMessage";

    @AggregateIdentifier
    private UUID messageId;
    private MessageQueued message;
    private int attempts;
    private boolean finished;

    MessageRecord() {
        // rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(QueueMessage command, PersistentScheduler scheduler) {
        if (messageId != null) {
            return; // the same fact heard again: one message
        }
        apply(command.message());
        scheduler.schedule(MessageDelivery.instance(command.messageId(), 1), command.message().queuedAt());
    }

    @CommandHandler
    void handle(RecordAttempt command, Clock clock, DeliveryPolicy policy, PersistentScheduler scheduler) {
        if (finished || command.attempt() != attempts + 1) {
            return; // an execution that ran twice, or one overtaken: recorded already
        }
        Instant now = clock.instant();
        Instant next = command.delivered() || !command.retryable() ? null : policy.next(command.attempt(), now);
        apply(new MessageAttempted(messageId, message.subscriptionId(), message.incidentId(), message.incidentKey(),
                message.channel(), message.fact(), message.factEventId(), message.recipientSubject(), command.attempt(), command.delivered(),
                command.responseCode(), command.error(), next, now));
        if (next != null) {
            scheduler.schedule(MessageDelivery.instance(messageId, command.attempt() + 1), next);
        }
    }

    @EventSourcingHandler
    void on(MessageQueued event) {
        messageId = event.messageId();
        message = event;
    }

    @EventSourcingHandler
    void on(MessageAttempted event) {
        attempts = event.attempt();
        finished = event.delivered() || event.nextAttemptAt() == null;
    }
}
