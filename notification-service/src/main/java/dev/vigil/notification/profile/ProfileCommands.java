package dev.vigil.notification.profile;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.OrganisationFacts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** What can be asked of the organisation profile. */
final class ProfileCommands {

    private ProfileCommands() {
    }

    /** {@code by} is the authenticated actor; {@code expectedVersion} the If-Match, if any. */
    record RecordProfile(@TargetAggregateIdentifier String profileId, @TargetAggregateVersion Long expectedVersion,
                         OrganisationFacts facts, String reason, Person by) {
    }
}
