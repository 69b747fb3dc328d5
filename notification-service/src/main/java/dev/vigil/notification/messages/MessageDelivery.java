package dev.vigil.notification.messages;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.vigil.notification.messages.MessageCommands.RecordAttempt;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.platform.scheduling.ScheduledWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.UUID;

/**
 * The attempts to deliver stakeholder messages, as persistent scheduled work: one execution per
 * message and attempt number ({@code messageId|attempt}), so a queued message or a retry survives a
 * restart and runs on one instance. An execution finds the message in the delivery log, sends it
 * unless it is no longer pending or that attempt is recorded, and records the outcome (which
 * schedules the next attempt). A crash between sending and recording sends again with the same
 * {@code webhook-id}: at least once, never lost.
 */
@Configuration(proxyBeanMethods = false)
class MessageDelivery {

    static final ScheduledWork WORK = new ScheduledWork("notification-message-delivery");
    private static final String SEPARATOR = "|";

    static TaskInstance<Void> instance(UUID messageId, int attempt) {
        return WORK.instance(messageId + SEPARATOR + attempt);
    }

    @Bean
    OneTimeTask<Void> messageDeliveryTask(Deliveries deliveries, EmailChannel email, WebhookChannel webhook,
                                          SystemCommands commands) {
        return WORK.task(id -> {
            String[] parts = id.split("\\" + SEPARATOR);
            UUID messageId = UUID.fromString(parts[0]);
            int attempt = Integer.parseInt(parts[1]);
            MessageView message = deliveries.find(messageId).orElse(null);
            if (message == null || !message.pending() || message.attempts().size() >= attempt) {
                return;
            }
            Outcome outcome = "EMAIL".equals(message.channel()) ? email.send(message) : webhook.send(message);
            commands.send(new RecordAttempt(messageId, attempt, outcome.delivered(), outcome.responseCode(),
                    outcome.error(), outcome.retryable()));
        });
    }
}
