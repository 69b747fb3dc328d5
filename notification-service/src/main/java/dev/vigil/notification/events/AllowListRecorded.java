package dev.vigil.notification.events;

import dev.vigil.contracts.incident.Person;

import java.time.Instant;
import java.util.List;

/**
 * An administrator set the webhook allow-list: hosts or CIDR ranges that webhooks may reach although
 * they are private, loopback or link-local (on top of those configured).
 */
public record AllowListRecorded(String listId, int revision, List<String> entries, String reason, Person recordedBy,
                                Instant recordedAt) {

    public AllowListRecorded {
        entries = List.copyOf(entries);
    }
}
