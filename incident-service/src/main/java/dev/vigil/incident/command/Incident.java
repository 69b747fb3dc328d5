package dev.vigil.incident.command;

import dev.vigil.contracts.incident.IncidentDeclared;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An AI-safety incident: every fact about it is an event of this aggregate. */
@Aggregate
class Incident {

    @AggregateIdentifier
    private UUID id;

    Incident() {
        // rebuilt from its events
    }

    @CommandHandler
    Incident(DeclareIncident command, IncidentKeys keys, Clock clock) {
        Instant now = clock.instant();
        DeclarationRules.check(command, now);
        String key = keys.next(now.atZone(ZoneOffset.UTC).getYear());
        apply(new IncidentDeclared(
                command.incidentId(),
                key,
                command.title().strip(),
                blankToNull(command.summary()),
                command.systemId().strip(),
                blankToNull(command.modelVersion()),
                command.severity(),
                command.category(),
                command.detectionSource(),
                command.occurredAt(),
                command.detectedAt(),
                command.awareAt(),
                command.jurisdictions() == null ? List.of() : command.jurisdictions(),
                Boolean.TRUE.equals(command.restricted()),
                now));
    }

    @EventSourcingHandler
    void on(IncidentDeclared event) {
        this.id = event.incidentId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
