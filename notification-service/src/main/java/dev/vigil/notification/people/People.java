package dev.vigil.notification.people;

import dev.vigil.platform.readmodel.DocumentViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/**
 * The people directory ({@code person_view}), kept in the transaction that records each change: who
 * to address a message to, by subject.
 */
@Component
@ProcessingGroup(People.GROUP)
public class People {

    static final String GROUP = "people-views";

    private final DocumentViews<PersonView> views;

    People(JdbcClient jdbc, JsonMapper json) {
        this.views = new DocumentViews<>(jdbc, json, "person_view", PersonView.class);
    }

    public Optional<PersonView> find(String subject) {
        return views.get(subject);
    }

    /** The email address to write to, if the directory has one. */
    public Optional<String> email(String subject) {
        return find(subject).map(PersonView::email).filter(e -> !e.isBlank());
    }

    List<PersonView> all() {
        return views.all();
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!DirectoryEntry.TYPE.equals(message.getType())) {
            return;
        }
        views.fold(message.getAggregateIdentifier(), message.getSequenceNumber(),
                before -> PersonView.apply(before, event, message.getSequenceNumber()));
    }
}
