package dev.vigil.incident.participants;

import dev.vigil.contracts.incident.Person;
import dev.vigil.incident.events.ParticipantJoined;
import dev.vigil.incident.events.ParticipantLeft;
import dev.vigil.incident.model.Incidents;
import dev.vigil.incident.model.People;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** People join and leave; need-to-know for restricted incidents follows them. */
@Component
public class ParticipantsHandler {

    private final Incidents incidents;
    private final Clock clock;

    public ParticipantsHandler(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @CommandHandler
    void handle(AddParticipant command) {
        People.check("participant", command.participant());
        incidents.decide(command.incidentId(), command.expectedVersion(), state -> {
            state.requireOpen();
            if (state.takesPart(command.participant().subject())) {
                throw new RuleViolationException("participant.subject", "not-yet-participant",
                        command.participant().subject() + " already takes part");
            }
            return List.of(new ParticipantJoined(state.id(), People.clean(command.participant()), clock.instant()));
        });
    }

    /** Someone who holds a role hands it over before leaving (409). */
    @CommandHandler
    void handle(RemoveParticipant command) {
        incidents.decide(command.incidentId(), command.expectedVersion(), state -> {
            state.requireOpen();
            if (!state.takesPart(command.subject())) {
                throw new RuleViolationException("subject", "participant", command.subject() + " does not take part");
            }
            if (state.holdsARole(command.subject())) {
                throw new ConflictException("holds-a-role",
                        command.subject() + " holds a role in this incident: hand it over before they leave");
            }
            return List.of(new ParticipantLeft(state.id(), new Person(command.subject(), null), clock.instant()));
        });
    }
}
