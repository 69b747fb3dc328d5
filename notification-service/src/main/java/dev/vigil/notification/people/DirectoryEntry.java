package dev.vigil.notification.people;

import dev.vigil.notification.events.PersonEdited;
import dev.vigil.notification.events.PersonRegistered;
import dev.vigil.notification.people.PeopleCommands.EditPerson;
import dev.vigil.notification.people.PeopleCommands.RegisterPerson;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person's entry in the directory, under their subject: registered once from their first
 * request (a second registration records nothing), then kept by administrators.
 */
@Aggregate(type = DirectoryEntry.TYPE)
class DirectoryEntry {

    static final String TYPE = "DirectoryEntry";

    @AggregateIdentifier
    private String subject;
    private String name;
    private String email;
    private String jiraAccountId;

    DirectoryEntry() {
        // rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterPerson command, Clock clock) {
        if (subject != null) {
            return; // known already: the directory, not the token, says who they are from now on
        }
        apply(new PersonRegistered(command.subject(), command.name(), command.email(), command.source(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EditPerson command, Clock clock) {
        if (subject != null && Objects.equals(name, command.name()) && Objects.equals(email, command.email())
                && Objects.equals(jiraAccountId, command.jiraAccountId())) {
            throw new RuleViolationException("person", "changed", "nothing differs from the entry as recorded");
        }
        apply(new PersonEdited(command.subject(), command.name(), command.email(), command.jiraAccountId(),
                command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        subject = event.subject();
        name = event.name();
        email = event.email();
    }

    @EventSourcingHandler
    void on(PersonEdited event) {
        subject = event.subject();
        name = event.name();
        email = event.email();
        jiraAccountId = event.jiraAccountId();
    }
}
