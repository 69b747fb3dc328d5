package dev.vigil.incident.notes;

import dev.vigil.incident.events.TimelineNoteAdded;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.InputRules;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

@Component
public class AddTimelineNoteHandler {

    private final Incidents incidents;
    private final Clock clock;

    public AddTimelineNoteHandler(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    /** Only people taking part write an incident's timeline, unless their role runs every incident. */
    @CommandHandler
    void handle(AddTimelineNote command) {
        new InputRules().text("text", command.text(), true, InputRules.TEXT_MAX).check();
        incidents.decide(command.incidentId(), command.expectedVersion(), state -> {
            state.requireOpen();
            if (!command.writesAnywhere() && !state.takesPart(command.author().subject())) {
                throw new ConflictException("not-a-participant",
                        "only people taking part in this incident write its timeline: join it first");
            }
            return List.of(new TimelineNoteAdded(state.id(), command.noteId(), command.text().strip(), clock.instant()));
        });
    }
}
