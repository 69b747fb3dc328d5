package dev.vigil.policy.inventory;

import dev.vigil.contracts.incident.Person;
import dev.vigil.policy.events.SystemChanged;
import dev.vigil.policy.events.SystemFacts;
import dev.vigil.policy.events.SystemRegistered;

import java.time.Instant;

/**
 * An AI system as the inventory shows it: its facts, the revision and why it was last changed.
 * Built only by {@link #apply} from the events, for now or for any past instant.
 *
 * @param version sequence number of the system's last event: the ETag
 */
public record SystemView(String id, int revision, SystemFacts facts, String lastReason, Person lastChangedBy,
                         Instant registeredAt, Instant lastChangedAt, long version) {

    static SystemView apply(SystemView view, Object event, Person by, long sequence) {
        return switch (event) {
            case SystemRegistered e -> new SystemView(e.systemId(), 1, e.facts(), e.reason(), by, e.registeredAt(),
                    e.registeredAt(), sequence);
            case SystemChanged e -> new SystemView(view.id(), e.revision(), e.facts(), e.reason(), by,
                    view.registeredAt(), e.changedAt(), sequence);
            default -> view;
        };
    }
}
