package dev.vigil.incident.severity;

import dev.vigil.incident.events.SeverityChanged;
import dev.vigil.incident.model.IncidentState;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

@Component
public class ChangeSeverityHandler {

    private final Incidents incidents;
    private final Clock clock;

    public ChangeSeverityHandler(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @CommandHandler
    void handle(ChangeSeverity command) {
        new InputRules()
                .required("severity", command.severity(), "one of SEV1, SEV2, SEV3, SEV4")
                .text("reason", command.reason(), true, InputRules.TEXT_MAX)
                .check();
        incidents.decide(command.incidentId(), command.expectedVersion(), state -> decide(state, command));
    }

    /** The same severity again is no change (422); a closed incident does not change (409). */
    private List<SeverityChanged> decide(IncidentState state, ChangeSeverity command) {
        state.requireOpen();
        if (command.severity() == state.severity()) {
            throw new RuleViolationException("severity", "changed", "the incident is already " + state.severity());
        }
        return List.of(new SeverityChanged(state.id(), state.severity(), command.severity(), command.reason().strip(),
                clock.instant()));
    }
}
