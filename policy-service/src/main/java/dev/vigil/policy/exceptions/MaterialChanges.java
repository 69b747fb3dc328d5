package dev.vigil.policy.exceptions;

import dev.vigil.platform.messaging.SystemCommands;
import dev.vigil.policy.events.ControlDefined;
import dev.vigil.policy.events.SystemChanged;
import dev.vigil.policy.exceptions.ExceptionCommands.FlagForReReview;
import dev.vigil.policy.register.Register;
import dev.vigil.policy.register.RegisterRow;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * When something material changes under waivers in force (a system's risk class rises, a waived
 * control gets a new version), each of them is flagged for re-review. It runs in the transaction
 * of the change (a subscribing processor), so it never runs again on a replay; the flag records once.
 */
@Component
@ProcessingGroup(MaterialChanges.GROUP)
class MaterialChanges {

    static final String GROUP = "exception-material-changes";

    private final Register register;
    private final SystemCommands commands;

    MaterialChanges(Register register, SystemCommands commands) {
        this.register = register;
        this.commands = commands;
    }

    @EventHandler
    void on(SystemChanged event) {
        if (!event.facts().riskClass().risesFrom(event.previousRiskClass())) {
            return;
        }
        String detail = event.systemId() + ": " + event.previousRiskClass() + " → " + event.facts().riskClass();
        register.all().stream()
                .filter(RegisterRow::inForce)
                .filter(row -> row.systemIds().contains(event.systemId()))
                .forEach(row -> commands.send(new FlagForReReview(row.id(), "risk-class-rose", detail)));
    }

    @EventHandler
    void on(ControlDefined event) {
        if (event.version() == 1) {
            return;
        }
        String detail = event.controlId() + " version " + event.version() + ": " + event.reason();
        register.all().stream()
                .filter(RegisterRow::inForce)
                .filter(row -> row.controlIds().contains(event.controlId()))
                .forEach(row -> commands.send(new FlagForReReview(row.id(), "control-revised", detail)));
    }
}
