package dev.vigil.policy.inventory;

import dev.vigil.platform.problem.RuleViolationException;
import dev.vigil.policy.events.SystemChanged;
import dev.vigil.policy.events.SystemFacts;
import dev.vigil.policy.events.SystemRegistered;
import dev.vigil.policy.inventory.InventoryCommands.ChangeSystem;
import dev.vigil.policy.inventory.InventoryCommands.RegisterSystem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An AI system in the inventory: every change of its facts is an event with who and why. */
@Aggregate(type = AiSystem.TYPE)
class AiSystem {

    static final String TYPE = "AiSystem";

    @AggregateIdentifier
    private String systemId;
    private SystemFacts facts;
    private int revision;

    AiSystem() {
        // rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterSystem command, Clock clock) {
        apply(new SystemRegistered(command.systemId(), command.facts(), command.reason().strip(), clock.instant()));
    }

    /** A change that changes nothing is refused (422): the history should show only real changes. */
    @CommandHandler
    void handle(ChangeSystem command, Clock clock) {
        if (command.facts().equals(facts)) {
            throw new RuleViolationException("facts", "changed", "nothing differs from the system as recorded");
        }
        apply(new SystemChanged(systemId, revision + 1, command.facts(), facts.riskClass(), command.reason().strip(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(SystemRegistered event) {
        systemId = event.systemId();
        facts = event.facts();
        revision = 1;
    }

    @EventSourcingHandler
    void on(SystemChanged event) {
        facts = event.facts();
        revision = event.revision();
    }
}
