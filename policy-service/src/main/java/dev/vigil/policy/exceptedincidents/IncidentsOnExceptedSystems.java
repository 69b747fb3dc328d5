package dev.vigil.policy.exceptedincidents;

import dev.vigil.contracts.events.PublishedLanguage;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentEventTypes;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.platform.consumer.EventConsumer;
import dev.vigil.platform.consumer.EventEnvelope;
import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.policy.exceptions.ExceptionCommands.FlagForReReview;
import dev.vigil.policy.exceptions.ExceptionCommands.NoteIncidentOnExceptedSystem;
import dev.vigil.policy.register.Register;
import dev.vigil.policy.register.RegisterRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Incidents on systems that had a waiver in force when they occurred: a governance signal. Each such
 * exception notes the incident (once, however often the fact arrives); a SEV1 or SEV2, at declaration
 * or later, also flags the waivers in force for re-review.
 */
@Component
class IncidentsOnExceptedSystems implements EventConsumer {

    private static final Set<Severity> SERIOUS = Set.of(Severity.SEV1, Severity.SEV2);

    private final Register register;
    private final SystemCommands commands;
    private final JdbcClient jdbc;
    private final Clock clock;

    IncidentsOnExceptedSystems(Register register, SystemCommands commands, JdbcClient jdbc, Clock clock) {
        this.register = register;
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "excepted-incidents";
    }

    @Override
    public List<PublishedLanguage> reads() {
        return List.of(IncidentEventTypes.LANGUAGE);
    }

    @Override
    public void consume(EventEnvelope envelope) {
        switch (envelope.event().orElse(null)) {
            case IncidentDeclared e -> declared(e);
            case SeverityChanged e when SERIOUS.contains(e.to()) -> escalated(e);
            case null, default -> { }
        }
    }

    private void declared(IncidentDeclared e) {
        jdbc.sql("insert into incident_system (incident_id, incident_key, system_id) values (:id, :key, :system) "
                        + "on conflict (incident_id) do nothing")
                .param("id", e.incidentId()).param("key", e.key()).param("system", e.systemId()).update();
        Instant occurred = e.occurredAt() != null ? e.occurredAt() : e.detectedAt();
        for (RegisterRow row : register.inForceAt(e.systemId(), occurred)) {
            commands.send(new NoteIncidentOnExceptedSystem(row.id(), e.incidentId(), e.key(), e.systemId(),
                    e.severity().name(), occurred));
        }
    }

    private void escalated(SeverityChanged e) {
        jdbc.sql("select incident_key, system_id from incident_system where incident_id = :id")
                .param("id", e.incidentId())
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)})
                .optional()
                .ifPresent(incident -> register.inForceAt(incident[1], clock.instant()).forEach(row ->
                        commands.send(new FlagForReReview(row.id(), "incident", incident[0] + " (" + e.to() + ")"))));
    }
}
