package dev.vigil.notification.people;

import dev.vigil.contracts.incident.Person;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** What can be asked of the people directory. */
final class PeopleCommands {

    private PeopleCommands() {
    }

    /** Record a person as their first authenticated request showed them; a person already known is left as is. */
    record RegisterPerson(@TargetAggregateIdentifier String subject, String name, String email, String source) {
    }

    /** An administrator sets the entry; {@code expectedVersion} is the If-Match, if any. */
    record EditPerson(@TargetAggregateIdentifier String subject, @TargetAggregateVersion Long expectedVersion,
                      String name, String email, String jiraAccountId, Person by) {
    }
}
