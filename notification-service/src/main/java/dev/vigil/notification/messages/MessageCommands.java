package dev.vigil.notification.messages;

import dev.vigil.notification.events.MessageQueued;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** What can be asked of a stakeholder message: always by the system. */
final class MessageCommands {

    private MessageCommands() {
    }

    /** Queue the message unless it is queued already (the same fact heard again). */
    record QueueMessage(@TargetAggregateIdentifier UUID messageId, MessageQueued message) {
    }

    /**
     * Record what came of an attempt. {@code retryable} false for a refusal no retry can mend (an SSRF
     * refusal, no address to write to).
     */
    record RecordAttempt(@TargetAggregateIdentifier UUID messageId, int attempt, boolean delivered,
                         Integer responseCode, String error, boolean retryable) {
    }
}
