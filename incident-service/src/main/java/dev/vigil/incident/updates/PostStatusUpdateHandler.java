package dev.vigil.incident.updates;

import dev.vigil.incident.events.StatusUpdatePosted;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.problem.InputRules;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

@Component
public class PostStatusUpdateHandler {

    private final Incidents incidents;
    private final Clock clock;

    public PostStatusUpdateHandler(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @CommandHandler
    void handle(PostStatusUpdate command) {
        new InputRules()
                .required("audience", command.audience(), "INTERNAL or EXTERNAL")
                .text("text", command.text(), true, InputRules.TEXT_MAX)
                .check();
        incidents.decide(command.incidentId(), command.expectedVersion(), state -> {
            state.requireOpen();
            return List.of(new StatusUpdatePosted(state.id(), command.updateId(), command.audience(),
                    command.text().strip(), clock.instant()));
        });
    }
}
