package dev.vigil.notification.assessment;

import dev.vigil.notification.assessment.ObligationCommands.Reassess;
import dev.vigil.platform.messaging.SystemCommands;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Recomputes incidents' obligations after a fact changed, as the system: one incident, those on an
 * AI system, or all of them (a new organisation profile). Called in the transaction that recorded
 * the fact, so the fact and what it changed commit together.
 */
@Component
public class Reassessment {

    private final SystemCommands commands;
    private final CaseInputs inputs;

    Reassessment(SystemCommands commands, CaseInputs inputs) {
        this.commands = commands;
        this.inputs = inputs;
    }

    public void incident(UUID incidentId, String cause) {
        commands.send(new Reassess(incidentId, cause));
    }

    public void onSystem(String systemId, String cause) {
        inputs.incidentsOnSystem(systemId).forEach(id -> incident(id, cause));
    }

    public void all(String cause) {
        inputs.incidents().forEach(id -> incident(id, cause));
    }
}
