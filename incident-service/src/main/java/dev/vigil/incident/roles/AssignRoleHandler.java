package dev.vigil.incident.roles;

import dev.vigil.contracts.incident.IncidentRole;
import dev.vigil.contracts.incident.Person;
import dev.vigil.incident.events.IncidentRoleAssigned;
import dev.vigil.incident.model.IncidentState;
import dev.vigil.incident.model.Incidents;
import dev.vigil.incident.model.People;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

@Component
public class AssignRoleHandler {

    private final Incidents incidents;
    private final Clock clock;

    public AssignRoleHandler(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @CommandHandler
    void handle(AssignRole command) {
        new InputRules().required("role", command.role(), "one of " + List.of(IncidentRole.values())).check();
        People.check("person", command.person());
        incidents.decide(command.incidentId(), command.expectedVersion(), state -> decide(state, command));
    }

    /** One holder per role; the event names who held it before. */
    private List<IncidentRoleAssigned> decide(IncidentState state, AssignRole command) {
        state.requireOpen();
        Person current = state.roles().get(command.role());
        if (current != null && current.subject().equals(command.person().subject())) {
            throw new RuleViolationException("person.subject", "changed",
                    command.person().subject() + " already is " + command.role());
        }
        return List.of(new IncidentRoleAssigned(state.id(), command.role(), People.clean(command.person()), current,
                clock.instant()));
    }
}
