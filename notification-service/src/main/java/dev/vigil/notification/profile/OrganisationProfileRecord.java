package dev.vigil.notification.profile;

import dev.vigil.notification.events.OrganisationFacts;
import dev.vigil.notification.events.ProfileRecorded;
import dev.vigil.notification.profile.ProfileCommands.RecordProfile;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The organisation profile: one record, every revision an event with who and why, readable as of any instant. */
@Aggregate(type = OrganisationProfileRecord.TYPE)
class OrganisationProfileRecord {

    static final String TYPE = "OrganisationProfile";
    static final String ID = "organisation";

    @AggregateIdentifier
    private String profileId;
    private OrganisationFacts facts;
    private int revision;

    OrganisationProfileRecord() {
        // rebuilt from its events
    }

    /** A revision that changes nothing is refused (422): the history shows only real changes. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordProfile command, Clock clock) {
        if (command.facts().equals(facts)) {
            throw new RuleViolationException("profile", "changed", "nothing differs from the profile as recorded");
        }
        apply(new ProfileRecorded(command.profileId(), revision + 1, command.facts(), command.reason().strip(),
                command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ProfileRecorded event) {
        profileId = event.profileId();
        facts = event.profile();
        revision = event.revision();
    }
}
