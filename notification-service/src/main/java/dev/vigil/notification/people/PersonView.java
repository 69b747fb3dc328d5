package dev.vigil.notification.people;

import dev.vigil.notification.events.PersonEdited;
import dev.vigil.notification.events.PersonRegistered;

import java.time.Instant;

/**
 * A person as the directory has them.
 *
 * @param source  where the entry last came from: {@code token}, {@code dev-user} or {@code admin}
 * @param version sequence number of the entry's last event: the ETag
 */
public record PersonView(String subject, String name, String email, String jiraAccountId, String source,
                         Instant registeredAt, String updatedBy, Instant updatedAt, long version) {

    static PersonView apply(PersonView view, Object event, long sequence) {
        return switch (event) {
            case PersonRegistered e -> new PersonView(e.subject(), e.name(), e.email(), null, e.source(),
                    e.registeredAt(), null, e.registeredAt(), sequence);
            case PersonEdited e -> new PersonView(e.subject(), e.name(), e.email(), e.jiraAccountId(), "admin",
                    view == null ? e.editedAt() : view.registeredAt(), e.editedBy().subject(), e.editedAt(), sequence);
            default -> view;
        };
    }
}
