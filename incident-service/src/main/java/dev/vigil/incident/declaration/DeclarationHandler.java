package dev.vigil.incident.declaration;

import dev.vigil.incident.events.IncidentDeclared;
import dev.vigil.incident.model.IncidentKeys;
import dev.vigil.incident.model.Incidents;
import dev.vigil.platform.problem.InputRules;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Declares an incident: checks the declaration, allocates its human key, records it. */
@Component
public class DeclarationHandler {

    private final Incidents incidents;
    private final IncidentKeys keys;
    private final Clock clock;

    public DeclarationHandler(Incidents incidents, IncidentKeys keys, Clock clock) {
        this.incidents = incidents;
        this.keys = keys;
        this.clock = clock;
    }

    @CommandHandler
    void handle(DeclareIncident command) {
        Instant now = clock.instant();
        DeclarationRules.check(command, now);
        boolean restricted = Boolean.TRUE.equals(command.restricted());
        String key = keys.next(IncidentKeys.Series.of(restricted), now.atZone(ZoneOffset.UTC).getYear());
        incidents.declare(List.of(new IncidentDeclared(
                command.incidentId(),
                key,
                command.title().strip(),
                InputRules.strip(command.summary()),
                command.systemId().strip(),
                InputRules.strip(command.modelVersion()),
                command.severity(),
                command.category(),
                command.detectionSource(),
                command.occurredAt(),
                command.detectedAt(),
                command.awareAt(),
                command.jurisdictions() == null ? List.of() : command.jurisdictions(),
                restricted,
                now,
                Boolean.TRUE.equals(command.exercise()))));
    }
}
