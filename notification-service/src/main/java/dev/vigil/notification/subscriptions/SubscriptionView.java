package dev.vigil.notification.subscriptions;

import dev.vigil.notification.events.MessageFilter;
import dev.vigil.notification.events.SubscriptionCancelled;
import dev.vigil.notification.events.SubscriptionChanged;
import dev.vigil.notification.events.SubscriptionCreated;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as it stands (never its secret).
 *
 * @param version sequence number of its last event: the ETag
 */
public record SubscriptionView(String id, String owner, String ownerName, List<String> ownerRoles,
                               MessageFilter filter, boolean email, String webhookUrl, boolean active,
                               Instant createdAt, Instant updatedAt, long version) {

    static SubscriptionView apply(SubscriptionView v, Object event, long sequence) {
        return switch (event) {
            case SubscriptionCreated e -> new SubscriptionView(e.subscriptionId(), e.owner().subject(),
                    e.owner().name(), e.ownerRoles(), e.filter(), e.email(), e.webhookUrl(), true, e.createdAt(),
                    e.createdAt(), sequence);
            case SubscriptionChanged e -> new SubscriptionView(v.id(), v.owner(), v.ownerName(), v.ownerRoles(),
                    e.filter(), e.email(), e.webhookUrl(), v.active(), v.createdAt(), e.changedAt(), sequence);
            case SubscriptionCancelled e -> new SubscriptionView(v.id(), v.owner(), v.ownerName(), v.ownerRoles(),
                    v.filter(), v.email(), v.webhookUrl(), false, v.createdAt(), e.cancelledAt(), sequence);
            default -> v;
        };
    }
}
