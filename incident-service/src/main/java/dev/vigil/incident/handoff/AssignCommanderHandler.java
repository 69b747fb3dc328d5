package dev.vigil.incident.handoff;

import dev.vigil.incident.events.IncidentCommanderAssigned;
import dev.vigil.incident.model.IncidentState;
import dev.vigil.incident.model.Incidents;
import dev.vigil.incident.model.People;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

@Component
public class AssignCommanderHandler {

    private final Incidents incidents;
    private final Clock clock;

    public AssignCommanderHandler(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @CommandHandler
    void handle(AssignCommander command) {
        People.check("commander", command.commander());
        incidents.decide(command.incidentId(), command.expectedVersion(), state -> decide(state, command));
    }

    /** Exactly one commander at a time: a handoff is one event that names both. */
    private List<IncidentCommanderAssigned> decide(IncidentState state, AssignCommander command) {
        state.requireOpen();
        if (state.commander() != null && state.commander().subject().equals(command.commander().subject())) {
            throw new RuleViolationException("commander.subject", "changed",
                    command.commander().subject() + " already commands this incident");
        }
        return List.of(new IncidentCommanderAssigned(state.id(), People.clean(command.commander()), state.commander(),
                clock.instant()));
    }
}
