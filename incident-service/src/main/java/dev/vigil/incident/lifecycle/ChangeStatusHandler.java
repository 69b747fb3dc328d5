package dev.vigil.incident.lifecycle;

import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.incident.events.IncidentStatusChanged;
import dev.vigil.incident.model.IncidentState;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.InputRules;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;

@Component
public class ChangeStatusHandler {

    private final Incidents incidents;
    private final Clock clock;

    public ChangeStatusHandler(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @CommandHandler
    void handle(ChangeStatus command) {
        new InputRules()
                .required("status", command.status(), "one of " + List.of(IncidentStatus.values()))
                .text("reason", command.reason(), false, InputRules.TEXT_MAX)
                .check();
        incidents.decide(command.incidentId(), command.expectedVersion(), state -> decide(state, command));
    }

    /** Only the lifecycle's moves (409 otherwise); closing needs the published review; reopening a reason. */
    private List<IncidentStatusChanged> decide(IncidentState state, ChangeStatus command) {
        IncidentStatus status = state.status();
        List<IncidentStatus> allowed = IncidentLifecycle.allowedMoves(status);
        if (!allowed.contains(command.status())) {
            throw new ConflictException("invalid-transition",
                    "an incident that is " + status + " cannot move to " + command.status()
                            + (allowed.isEmpty() ? "; it cannot move at all" : "; allowed: " + allowed),
                    Map.of("from", status, "to", command.status(), "allowed", allowed));
        }
        if (command.status() == IncidentStatus.CLOSED && state.publishedReview() == null) {
            throw new ConflictException("review-not-published",
                    "an incident closes only once its post-incident review is published; it is not yet",
                    Map.of("from", status, "to", command.status(), "allowed", allowed));
        }
        if (IncidentLifecycle.isReopening(status, command.status()) && InputRules.strip(command.reason()) == null) {
            new InputRules().violation("reason", "required", "reopening an incident needs a reason").check();
        }
        return List.of(new IncidentStatusChanged(state.id(), status, command.status(), InputRules.strip(command.reason()),
                clock.instant()));
    }
}
