package dev.vigil.policy.controls;

import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.policy.controls.ControlCommands.DefineControl;
import dev.vigil.policy.controls.ControlCommands.Definition;
import dev.vigil.policy.controls.ControlCommands.ReviseControl;
import dev.vigil.policy.events.ControlDefined;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A control a policy names: each revision is a new version, which exceptions waiving it must notice. */
@Aggregate(type = Control.TYPE)
class Control {

    static final String TYPE = "Control";

    @AggregateIdentifier
    private String controlId;
    private int version;
    private Definition definition;

    Control() {
        // rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(DefineControl command, Clock clock) {
        apply(defined(command.controlId(), 1, command.definition(), null, clock));
    }

    @CommandHandler
    void handle(ReviseControl command, Clock clock) {
        if (command.definition().equals(definition)) {
            throw new RuleViolationException("definition", "changed", "nothing differs from version " + version);
        }
        apply(defined(controlId, version + 1, command.definition(), command.reason().strip(), clock));
    }

    private static ControlDefined defined(String id, int version, Definition d, String reason, Clock clock) {
        return new ControlDefined(id, version, d.policyId(), d.title(), d.objective(), d.layer(), d.appliesToRiskClasses(),
                d.appliesToSystems(), d.evidenceExpected(), reason, clock.instant());
    }

    @EventSourcingHandler
    void on(ControlDefined event) {
        controlId = event.controlId();
        version = event.version();
        definition = new Definition(event.policyId(), event.title(), event.objective(), event.layer(),
                event.appliesToRiskClasses(), event.appliesToSystems(), event.evidenceExpected());
    }
}
