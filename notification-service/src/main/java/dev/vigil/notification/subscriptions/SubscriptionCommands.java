package dev.vigil.notification.subscriptions;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.MessageFilter;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/** What can be asked of subscriptions and of the webhook allow-list; {@code by} is the authenticated actor. */
final class SubscriptionCommands {

    private SubscriptionCommands() {
    }

    /** {@code secret} is the webhook's signing secret (null without a webhook): kept apart from the events. */
    record CreateSubscription(@TargetAggregateIdentifier String subscriptionId, Person by, List<String> roles,
                              MessageFilter filter, boolean email, String webhookUrl, String secret) {
    }

    record ChangeSubscription(@TargetAggregateIdentifier String subscriptionId,
                              @TargetAggregateVersion Long expectedVersion, MessageFilter filter, boolean email,
                              String webhookUrl, String newSecret, Person by) {
    }

    record CancelSubscription(@TargetAggregateIdentifier String subscriptionId, Person by) {
    }

    record RecordAllowList(@TargetAggregateIdentifier String listId, @TargetAggregateVersion Long expectedVersion,
                           List<String> entries, String reason, Person by) {
    }
}
